import { eq, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { emailMessages, invitations } from "@/db/schema";
import type { Delivery } from "@/lib/email/delivery";
import { retryJob, stepName, type EmailJob } from "@/lib/email/job";
import { recordStep } from "@/lib/invitations/timeline";

/** A message row claimed for sending, and where its steps are recorded. */
export type Sending = {
  job: EmailJob;
  messageId: string;
  opportunityId: string;
};

const OUTBOX_DETAIL =
  "No SMTP server is configured: the message is in the outbox.";

// Only these may become "sent" or "failed": an invitation the candidate
// has opened or started never moves back.
const BEFORE_OPENING = sql`${invitations.status} in ('created', 'sent', 'failed', 'expired')`;

function statusIfNotOpened(next: "sent" | "failed") {
  return sql`case when ${BEFORE_OPENING} then ${next}::invitation_status else ${invitations.status} end`;
}

function timelineOf(sending: Sending) {
  return {
    organizationId: sending.job.organizationId,
    opportunityId: sending.opportunityId,
    invitationId: sending.job.invitationId,
  };
}

export async function recordOutbox(sending: Sending) {
  await db().transaction(async (tx) => {
    await tx
      .update(emailMessages)
      .set({ status: "outbox" })
      .where(eq(emailMessages.id, sending.messageId));
    await recordStep(tx, {
      ...timelineOf(sending),
      step: stepName(sending.job, "outbox"),
      outcome: "waiting",
      detail: OUTBOX_DETAIL,
    });
  });
}

export async function recordSent(
  sending: Sending,
  delivery: Extract<Delivery, { outcome: "sent" }>,
) {
  const now = new Date();
  const invitation =
    sending.job.kind === "invitation"
      ? {
          status: statusIfNotOpened("sent"),
          sentAt: now,
          sendCount: sql`${invitations.sendCount} + 1`,
          lastError: null,
        }
      : { reminderSentAt: now };

  await db().transaction(async (tx) => {
    await tx
      .update(emailMessages)
      .set({
        status: "sent",
        smtpMessageId: delivery.messageId,
        smtpResponse: delivery.response,
        error: null,
        sentAt: now,
      })
      .where(eq(emailMessages.id, sending.messageId));
    await tx
      .update(invitations)
      .set(invitation)
      .where(eq(invitations.id, sending.job.invitationId));
    await recordStep(tx, {
      ...timelineOf(sending),
      step: stepName(sending.job, "sent"),
      outcome: "ok",
    });
  });
}

/**
 * A bounce marks the invitation failed; a temporary failure only notes the
 * error, as the job is about to be tried again. Either way the timeline
 * offers a Retry that sends the message under a new key.
 */
export async function recordRefusal(
  sending: Sending,
  delivery: Extract<Delivery, { outcome: "bounced" | "failed" }>,
) {
  const bounced = delivery.outcome === "bounced";

  await db().transaction(async (tx) => {
    await tx
      .update(emailMessages)
      .set({ status: delivery.outcome, error: delivery.error })
      .where(eq(emailMessages.id, sending.messageId));
    await tx
      .update(invitations)
      .set({
        lastError: delivery.error,
        ...(bounced ? { status: statusIfNotOpened("failed") } : {}),
      })
      .where(eq(invitations.id, sending.job.invitationId));
    await recordStep(tx, {
      ...timelineOf(sending),
      step: stepName(sending.job, delivery.outcome),
      outcome: "failed",
      detail: bounced
        ? `The mail server refused the message: ${delivery.error}`
        : `The message could not be sent yet and will be tried again: ${delivery.error}`,
      retry: retryJob(sending.job),
    });
  });
}
