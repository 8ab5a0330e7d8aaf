import type { Executor } from "@/db/client";
import { auditEvents } from "@/db/schema";

export type AuditEntry = {
  kind: string;
  subjectType: string;
  subjectId?: string;
  before?: unknown;
  after?: unknown;
};

type Actor = { organizationId: string; userId: string | null };

/** Records a change in the same transaction as the change itself. */
export async function recordAudit(
  tx: Executor,
  actor: Actor,
  entry: AuditEntry,
): Promise<void> {
  await tx.insert(auditEvents).values({
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    kind: entry.kind,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
