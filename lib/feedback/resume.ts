import { eq } from "drizzle-orm";

import { feedbackPosts } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { FEEDBACK_QUEUE } from "@/lib/feedback/state";
import { transactionWithJobs } from "@/lib/jobs/transaction";

/** Queues again the write-backs that waited for Lever to be reconnected. */
export async function resumeWaitingWriteBacks(scope: Scope): Promise<number> {
  return transactionWithJobs(async (tx, send) => {
    const waiting = await tx
      .update(feedbackPosts)
      .set({ state: "pending", lastError: null })
      .where(
        inOrganization(
          scope,
          feedbackPosts.organizationId,
          eq(feedbackPosts.state, "waiting_reconnect"),
        ),
      )
      .returning({ invitationId: feedbackPosts.invitationId });

    for (const { invitationId } of waiting) {
      await send(FEEDBACK_QUEUE, { invitationId });
    }
    return waiting.length;
  });
}
