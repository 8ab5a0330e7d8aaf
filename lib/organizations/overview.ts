import { count, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { membershipInvitations, memberships, organizations } from "@/db/schema";
import { listChanges } from "@/lib/audit/activity";
import type { Role } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { pendingInvitations } from "@/lib/members/invitations";

export async function getOverview(scope: Scope) {
  const [organization, roleCounts, pending, recent] = await Promise.all([
    db()
      .select({ name: organizations.name, createdAt: organizations.createdAt })
      .from(organizations)
      .where(eq(organizations.id, scope.organizationId)),
    db()
      .select({ role: memberships.role, total: count() })
      .from(memberships)
      .where(inOrganization(scope, memberships.organizationId))
      .groupBy(memberships.role),
    db()
      .select({ total: count() })
      .from(membershipInvitations)
      .where(pendingInvitations(scope)),
    listRecentChanges(scope, 6),
  ]);
  if (!organization[0]) throw notFound("Your organization");

  const members: Record<Role, number> = { owner: 0, admin: 0, member: 0 };
  for (const row of roleCounts) members[row.role] = row.total;

  return {
    ...organization[0],
    members,
    pendingInvitations: pending[0]?.total ?? 0,
    recentChanges: recent,
  };
}

/** The latest changes for the overview, shown to every member. */
export function listRecentChanges(scope: Scope, limit: number) {
  return listChanges(scope, { limit });
}
