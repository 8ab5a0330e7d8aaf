import { count, desc, eq } from "drizzle-orm";

import { db } from "@/db/client";
import {
  auditEvents,
  membershipInvitations,
  memberships,
  organizations,
  users,
} from "@/db/schema";
import { describeChange } from "@/lib/audit/describe";
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

export async function listRecentChanges(scope: Scope, limit: number) {
  const rows = await db()
    .select({
      id: auditEvents.id,
      kind: auditEvents.kind,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(inOrganization(scope, auditEvents.organizationId))
    .orderBy(desc(auditEvents.createdAt))
    .limit(limit);

  return rows.map((row) => ({
    id: row.id,
    createdAt: row.createdAt,
    actorName: row.actorName ?? "A former member",
    summary: describeChange(row),
  }));
}
