import { count, desc, eq, like } from "drizzle-orm";

import { db } from "@/db/client";
import { auditEvents, users } from "@/db/schema";
import { describeChange } from "@/lib/audit/describe";
import { canManage } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { forbidden } from "@/lib/errors";

export const ACTIVITY_KINDS = {
  member: "Members",
  lever: "Lever connection",
  assessment: "Assessments",
  rule: "Assessment rules",
  invitation: "Invitations",
  job: "Jobs",
  organization: "Organization",
} as const;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;

export const ACTIVITY_PAGE_SIZE = 25;

function changesFilter(scope: Scope, kind?: ActivityKind) {
  return inOrganization(
    scope,
    auditEvents.organizationId,
    kind ? like(auditEvents.kind, `${kind}.%`) : undefined,
  );
}

/**
 * The organization's audit trail, newest first, each entry with its actor
 * and a readable summary. Shared by the Activity page and the overview.
 */
export async function listChanges(
  scope: Scope,
  options: { kind?: ActivityKind; limit: number; offset?: number },
) {
  const rows = await db()
    .select({
      id: auditEvents.id,
      kind: auditEvents.kind,
      before: auditEvents.before,
      after: auditEvents.after,
      createdAt: auditEvents.createdAt,
      actorName: users.name,
      actorUserId: auditEvents.actorUserId,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(changesFilter(scope, options.kind))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(options.limit)
    .offset(options.offset ?? 0);

  return rows.map((row) => ({
    ...row,
    // No actor means Hallo itself noticed the change, e.g. a revoked grant.
    actorName: row.actorName ?? (row.actorUserId ? "A former member" : "Hallo"),
    summary: describeChange(row),
  }));
}

/** A page of the audit trail, optionally of one kind; managers only. */
export async function listActivity(
  scope: Scope,
  options: { kind?: ActivityKind; page: number },
) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can see the activity log.");
  }

  const [entries, [total]] = await Promise.all([
    listChanges(scope, {
      kind: options.kind,
      limit: ACTIVITY_PAGE_SIZE,
      offset: (options.page - 1) * ACTIVITY_PAGE_SIZE,
    }),
    db()
      .select({ total: count() })
      .from(auditEvents)
      .where(changesFilter(scope, options.kind)),
  ]);
  return { total: total?.total ?? 0, entries };
}
