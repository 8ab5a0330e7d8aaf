import { eq, inArray, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { feedbackPosts, invitations } from "@/db/schema";
import type { WriteBack } from "@/lib/feedback/context";
import { recordStep } from "@/lib/invitations/timeline";

export const FEEDBACK_QUEUE = "feedback.post";

const WAITING = "Waiting for Lever to be reconnected; it resumes by itself.";

function stepOf(context: WriteBack) {
  return {
    organizationId: context.invitation.organizationId,
    opportunityId: context.invitation.opportunityId,
    invitationId: context.invitation.id,
  };
}

/**
 * Committed before Lever is called: if the call's answer is lost, the
 * next try sees `posting` and looks in Lever before posting again.
 */
export async function markPosting(context: WriteBack): Promise<void> {
  await db()
    .update(feedbackPosts)
    .set({
      state: "posting",
      tries: sql`${feedbackPosts.tries} + 1`,
      lastTriedAt: new Date(),
    })
    .where(eq(feedbackPosts.id, context.post.id));
}

/** The form is in Lever showing `resultId`; a newer result goes out next. */
export async function markPosted(
  context: WriteBack,
  formId: string,
  updated: boolean,
): Promise<void> {
  const resultId = context.result.id;
  await db().transaction(async (tx) => {
    await tx
      .update(feedbackPosts)
      .set({
        leverFeedbackId: formId,
        postedResultId: resultId,
        postedAt: new Date(),
        lastError: null,
        state: sql`case when ${feedbackPosts.resultId} = ${resultId}
          then 'posted'::feedback_state else 'pending'::feedback_state end`,
      })
      .where(eq(feedbackPosts.id, context.post.id));
    await tx
      .update(invitations)
      .set({ status: "reported" })
      .where(
        sql`${invitations.id} = ${context.invitation.id} and ${inArray(
          invitations.status,
          ["completed", "scored"],
        )}`,
      );
    await recordStep(tx, {
      ...stepOf(context),
      step: updated ? "feedback.updated" : "feedback.posted",
      outcome: "ok",
      detail: updated
        ? `The feedback form in Lever now shows the amended result (form ${formId}).`
        : `Feedback form posted to Lever with the report link (form ${formId}).`,
    });
  });
}

/** The connection needs a person to reconnect it; nothing is lost. */
export async function markWaiting(context: WriteBack): Promise<void> {
  await db().transaction(async (tx) => {
    const [changed] = await tx
      .update(feedbackPosts)
      .set({ state: "waiting_reconnect", lastError: WAITING })
      .where(eq(feedbackPosts.id, context.post.id))
      .returning({ id: feedbackPosts.id });
    if (!changed || context.post.state === "waiting_reconnect") return;
    await recordStep(tx, {
      ...stepOf(context),
      step: "feedback.waiting",
      outcome: "waiting",
      detail: WAITING,
    });
  });
}

/** Kept between tries; the last try also marks the step failed. */
export async function noteFailure(
  context: WriteBack,
  error: unknown,
  final: boolean,
): Promise<void> {
  const message = error instanceof Error ? error.message : "unknown error";
  await db().transaction(async (tx) => {
    await tx
      .update(feedbackPosts)
      .set({
        lastError: message.slice(0, 500),
        ...(final ? { state: "failed" as const } : {}),
      })
      .where(eq(feedbackPosts.id, context.post.id));
    if (!final) return;
    await recordStep(tx, {
      ...stepOf(context),
      step: "feedback.failed",
      outcome: "failed",
      detail: `Posting the feedback form to Lever failed: ${message}`,
      retry: {
        queue: FEEDBACK_QUEUE,
        data: { invitationId: context.invitation.id },
      },
    });
  });
}

/** Notes that a tag or stage change after the form was made, once. */
export async function markFollowUp(
  context: WriteBack,
  done: "tagsAddedAt" | "stageMovedAt",
  detail: string,
): Promise<void> {
  await db().transaction(async (tx) => {
    await tx
      .update(feedbackPosts)
      .set({ [done]: new Date() })
      .where(eq(feedbackPosts.id, context.post.id));
    await recordStep(tx, {
      ...stepOf(context),
      step: done === "tagsAddedAt" ? "lever.tags_added" : "lever.stage_moved",
      outcome: "ok",
      detail,
    });
  });
}
