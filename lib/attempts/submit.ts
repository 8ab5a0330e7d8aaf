import { eq } from "drizzle-orm";

import { attempts, integrityEvents, invitations } from "@/db/schema";
import { lockAttempt, openInvitation } from "@/lib/attempts/candidate";
import { countSnapshots } from "@/lib/attempts/uploads";
import { AppError } from "@/lib/errors";
import { recordStep } from "@/lib/invitations/timeline";
import { transactionWithJobs } from "@/lib/jobs/transaction";

/**
 * Hands the attempt in: it is closed, the invitation is completed and the
 * scoring job is queued, all in one transaction. A second submit finds
 * the attempt closed and changes nothing.
 */
export async function submitAttempt(token: string): Promise<void> {
  const { invitation } = await openInvitation(token);

  await transactionWithJobs(async (tx, send) => {
    const attempt = await lockAttempt(tx, invitation.id);
    if (attempt.currentTask < attempt.tasks.length) {
      throw new AppError("conflict", "Finish every task before submitting.");
    }

    const now = new Date();
    await tx
      .update(attempts)
      .set({ submittedAt: now })
      .where(eq(attempts.id, attempt.id));
    await tx
      .update(invitations)
      .set({ status: "completed", completedAt: now })
      .where(eq(invitations.id, invitation.id));
    if ((await countSnapshots(attempt.id)) === 0) {
      await tx.insert(integrityEvents).values({
        organizationId: attempt.organizationId,
        attemptId: attempt.id,
        kind: "snapshot_missing",
      });
    }
    await recordStep(tx, {
      organizationId: invitation.organizationId,
      opportunityId: invitation.opportunityId,
      invitationId: invitation.id,
      step: "attempt.submitted",
      outcome: "ok",
      detail: "The candidate submitted the assessment.",
    });
    await send("attempts.score", { attemptId: attempt.id });
  });
}
