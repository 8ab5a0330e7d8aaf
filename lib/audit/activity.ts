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
  organization: "Organization",
} as const;

export type ActivityKind = keyof typeof ACTIVITY_KINDS;

export const ACTIVITY_PAGE_SIZE = 25;

/** The audit trail, newest first, optionally of one kind, a page at a time. */
export async function listActivity(
  scope: Scope,
  options: { kind?: ActivityKind; page: number },
) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can see the activity log.");
  }

  const filter = inOrganization(
    scope,
    auditEvents.organizationId,
    options.kind ? like(auditEvents.kind, `${options.kind}.%`) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    db()
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
      .where(filter)
      .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
      .limit(ACTIVITY_PAGE_SIZE)
      .offset((options.page - 1) * ACTIVITY_PAGE_SIZE),
    db().select({ total: count() }).from(auditEvents).where(filter),
  ]);

  return {
    total: total?.total ?? 0,
    entries: rows.map((row) => ({
      ...row,
      actorName: row.actorName ?? "A former member",
      summary: describeChange(row),
    })),
  };
}
