import { sql } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { feedbackPosts } from "@/db/schema";
import type { JobSender } from "@/lib/jobs/transaction";

type FinalResult = {
  organizationId: string;
  invitationId: string;
  opportunityId: string;
  resultId: string;
};

/**
 * Asks for a final result to be written to Lever, in the caller's
 * transaction. The first final result creates the invitation's one
 * write-back row; a later one (a review, a re-score) points the same row at
 * the new result, so the form already in Lever is updated, not repeated.
 */
export async function queueWriteBack(
  tx: Executor,
  send: JobSender,
  result: FinalResult,
): Promise<void> {
  await tx
    .insert(feedbackPosts)
    .values({
      organizationId: result.organizationId,
      invitationId: result.invitationId,
      opportunityId: result.opportunityId,
      resultId: result.resultId,
    })
    .onConflictDoUpdate({
      target: feedbackPosts.invitationId,
      set: {
        resultId: result.resultId,
        // A post in flight keeps its state, so its ambiguity is resolved
        // before the newer result goes out as an update.
        state: sql`case when ${feedbackPosts.state} = 'posting'
          then 'posting'::feedback_state else 'pending'::feedback_state end`,
        lastError: null,
      },
    });

  await send(
    "feedback.post",
    { invitationId: result.invitationId },
    { singletonKey: `feedback:${result.invitationId}:${result.resultId}` },
  );
}
