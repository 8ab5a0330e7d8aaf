import { and, eq, isNull } from "drizzle-orm";

import { db } from "@/db/client";
import { results, type invitations } from "@/db/schema";
import type { CefrLevel } from "@/lib/assessments/schemas";
import type { Scope } from "@/lib/auth/scope";
import { queueWriteBack } from "@/lib/feedback/queue";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { createScoredInvitation } from "@/lib/reports/test-fixtures";

type InvitationValues = Partial<typeof invitations.$inferInsert>;

export type FinalResult = {
  invitationId: string;
  opportunityId: string;
  resultId: string;
  attemptId: string;
};

/**
 * A final result written straight to the tables: the invitation, its
 * attempt with answers, media and integrity signals, and version 1 of the
 * result. Nothing is queued; see `queueFinalResult`.
 */
export async function createFinalResult(
  scope: Scope,
  level: CefrLevel = "B2",
  values: InvitationValues = {},
): Promise<FinalResult> {
  const { invitation, attemptId } = await createScoredInvitation(
    scope,
    level,
    values,
  );
  const [current] = await db()
    .select({ id: results.id })
    .from(results)
    .where(
      and(
        eq(results.invitationId, invitation.id),
        isNull(results.supersededAt),
      ),
    );
  if (!current) throw new Error("the scored invitation has no result");

  return {
    invitationId: invitation.id,
    opportunityId: invitation.opportunityId,
    resultId: current.id,
    attemptId,
  };
}

/** A final result queued for write-back, as scoring or a review does. */
export async function queueFinalResult(
  scope: Scope,
  level: CefrLevel = "B2",
  values: InvitationValues = {},
): Promise<FinalResult> {
  const final = await createFinalResult(scope, level, values);
  await transactionWithJobs((tx, send) =>
    queueWriteBack(tx, send, {
      organizationId: scope.organizationId,
      invitationId: final.invitationId,
      opportunityId: final.opportunityId,
      resultId: final.resultId,
    }),
  );
  return final;
}
