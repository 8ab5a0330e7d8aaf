import "server-only";

import { and, eq, isNotNull } from "drizzle-orm";

import { attempts } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { canManage } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { recordStep } from "@/lib/invitations/timeline";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { lockForNewVersion } from "@/lib/results/versions";

/**
 * Asks for the candidate's submitted attempt to be scored again. The job
 * adds a new version; earlier versions stay as they are. Asking twice
 * before it runs sends one job.
 */
export async function requestRescore(scope: Scope, invitationId: string) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can score a result again.");
  }

  return transactionWithJobs(async (tx, send) => {
    const locked = await lockForNewVersion(
      tx,
      scope.organizationId,
      invitationId,
    );
    if (!locked) throw notFound("That candidate");
    const [attempt] = await tx
      .select({ id: attempts.id })
      .from(attempts)
      .where(
        and(
          eq(attempts.invitationId, invitationId),
          isNotNull(attempts.submittedAt),
        ),
      );
    if (!attempt) {
      throw new AppError("conflict", "The candidate has not submitted yet.");
    }

    const rescoreOf = locked.current?.version;
    await send(
      "attempts.score",
      { attemptId: attempt.id, ...(rescoreOf ? { rescoreOf } : {}) },
      { singletonKey: `rescore:${invitationId}:${rescoreOf ?? 0}` },
    );
    await recordStep(tx, {
      organizationId: scope.organizationId,
      opportunityId: locked.invitation.opportunityId,
      invitationId,
      step: "scoring.rescore_requested",
      outcome: "ok",
      detail: "An admin asked for the result to be scored again.",
    });
    await recordAudit(tx, scope, {
      kind: "result.rescore_requested",
      subjectType: "invitation",
      subjectId: invitationId,
      before: { version: rescoreOf ?? null },
    });
    return { rescoreOf: rescoreOf ?? null };
  });
}
