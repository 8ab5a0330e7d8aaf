import { eq } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { attempts, invitations } from "@/db/schema";
import { recordStep } from "@/lib/invitations/timeline";

/** What an "attempts.score" job carries; `rescoreOf` marks a re-score. */
export const scoreJobSchema = z.object({
  attemptId: z.uuid(),
  rescoreOf: z.number().int().positive().optional(),
});

export type ScoreJob = z.infer<typeof scoreJobSchema>;

/**
 * Puts a scoring whose retries are spent on the candidate's timeline, with
 * the job that runs it again behind Retry.
 */
export async function giveUpScoring(job: ScoreJob, error: unknown) {
  const [row] = await db()
    .select({
      organizationId: invitations.organizationId,
      opportunityId: invitations.opportunityId,
      invitationId: invitations.id,
    })
    .from(attempts)
    .innerJoin(invitations, eq(invitations.id, attempts.invitationId))
    .where(eq(attempts.id, job.attemptId));
  if (!row) return;

  const reason = error instanceof Error ? error.message : "unknown error";
  await recordStep(db(), {
    ...row,
    step: "scoring.failed",
    outcome: "failed",
    detail: `Scoring failed: ${reason}`.slice(0, 500),
    retry: { queue: "attempts.score", data: { ...job } },
  });
}
