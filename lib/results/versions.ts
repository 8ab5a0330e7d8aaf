import { and, eq, isNull, max } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { invitations, results } from "@/db/schema";
import { queueWriteBack } from "@/lib/feedback/queue";
import type { JobSender } from "@/lib/jobs/transaction";

export type ResultRow = typeof results.$inferSelect;

/** A result version to add; version and timestamps are filled in here. */
export type NewResult = Omit<
  typeof results.$inferInsert,
  "id" | "version" | "supersededAt" | "createdAt"
>;

/**
 * Locks the invitation, so writers of its results take turns, and reads
 * its current result. Null when the invitation is not the organization's.
 */
export async function lockForNewVersion(
  tx: Executor,
  organizationId: string,
  invitationId: string,
) {
  const [invitation] = await tx
    .select({
      id: invitations.id,
      opportunityId: invitations.opportunityId,
      status: invitations.status,
    })
    .from(invitations)
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organizationId, organizationId),
      ),
    )
    .for("update");
  if (!invitation) return null;

  return { invitation, current: await findCurrentResult(tx, invitationId) };
}

/** The invitation's current result version, or null before scoring. */
export async function findCurrentResult(
  tx: Executor,
  invitationId: string,
): Promise<ResultRow | null> {
  const [current] = await tx
    .select()
    .from(results)
    .where(
      and(eq(results.invitationId, invitationId), isNull(results.supersededAt)),
    );
  return current ?? null;
}

/**
 * Adds the next version of an invitation's result and supersedes the
 * current one; older rows are never changed otherwise. A final result
 * marks the invitation scored and is queued for Lever in this transaction.
 * The caller holds the lock from `lockForNewVersion`.
 */
export async function addResultVersion(
  tx: Executor,
  send: JobSender,
  next: NewResult & { opportunityId: string },
): Promise<ResultRow> {
  const { opportunityId, ...values } = next;
  await tx
    .update(results)
    .set({ supersededAt: new Date() })
    .where(
      and(
        eq(results.invitationId, values.invitationId),
        isNull(results.supersededAt),
      ),
    );

  const [last] = await tx
    .select({ version: max(results.version) })
    .from(results)
    .where(eq(results.invitationId, values.invitationId));
  const [row] = await tx
    .insert(results)
    .values({ ...values, version: (last?.version ?? 0) + 1 })
    .returning();
  if (!row) throw new Error("insert returned no result");

  if (row.status === "final") await finalize(tx, send, row, opportunityId);
  return row;
}

async function finalize(
  tx: Executor,
  send: JobSender,
  row: ResultRow,
  opportunityId: string,
) {
  // A result amended after the write-back leaves "reported" alone: the
  // write-back updates the same form and reports it again.
  await tx
    .update(invitations)
    .set({ status: "scored" })
    .where(
      and(
        eq(invitations.id, row.invitationId),
        eq(invitations.status, "completed"),
      ),
    );
  await queueWriteBack(tx, send, {
    organizationId: row.organizationId,
    invitationId: row.invitationId,
    opportunityId,
    resultId: row.id,
  });
}
