import { and, eq, inArray, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { loadInvitationContext } from "@/lib/email/context";
import { deliver } from "@/lib/email/delivery";
import { skipReason } from "@/lib/email/eligibility";
import { emailFacts, type InvitationContext } from "@/lib/email/facts";
import {
  EMAIL_QUEUE,
  emailJobSchema,
  stepName,
  type EmailJob,
} from "@/lib/email/job";
import {
  recordOutbox,
  recordRefusal,
  recordSent,
  type Sending,
} from "@/lib/email/outcomes";
import { renderEmail, type RenderedEmail } from "@/lib/email/render";
import { mailTransport } from "@/lib/email/transport";
import { recordStep } from "@/lib/invitations/timeline";
import { logFor } from "@/lib/log";

export { emailJobSchema };

/**
 * The `email.send` job: one invitation or reminder to one candidate.
 * Delivery is at least once: if the process dies after the SMTP server
 * accepted the message but before "sent" is written, the retry sends it
 * again. A second copy of an invitation is a small nuisance; a candidate
 * who never gets one is the failure that matters.
 */
export async function sendEmailJob(data: unknown): Promise<void> {
  const job = emailJobSchema.parse(data);
  const log = logFor({ job: EMAIL_QUEUE, ...job });
  if (await alreadyHandled(job.sendKey)) return;

  const context = await loadInvitationContext(
    job.organizationId,
    job.invitationId,
  );
  if (!context) {
    log.warn("no such invitation; nothing to send");
    return;
  }
  const skip = skipReason(job.kind, context.invitation);
  if (skip) return recordSkip(job, context, skip);

  const email = await renderEmail(emailFacts(job.kind, context));
  const sending = await claimMessage(job, context, email);
  if (!sending) return;

  // skipReason has already turned away invitations without an address.
  const to = context.invitation.candidateEmail ?? "";
  const transport = mailTransport();
  if (!transport) {
    log.info(
      { recipientDomain: to.split("@")[1], subject: email.subject },
      "no SMTP server; message kept in the outbox",
    );
    return recordOutbox(sending);
  }

  const delivery = await deliver(transport, { to, ...email });
  if (delivery.outcome === "sent") return recordSent(sending, delivery);

  await recordRefusal(sending, delivery);
  if (delivery.outcome === "failed") {
    // Thrown so that pg-boss tries again; its message reaches the job log.
    throw new Error(`email not sent: ${delivery.error}`);
  }
  log.info({ error: delivery.error }, "message bounced");
}

const HANDLED = ["sent", "outbox", "bounced"] as const;

async function alreadyHandled(sendKey: string): Promise<boolean> {
  const [row] = await db()
    .select({ id: emailMessages.id })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.sendKey, sendKey),
        inArray(emailMessages.status, [...HANDLED]),
      ),
    );
  return Boolean(row);
}

function recordSkip(job: EmailJob, context: InvitationContext, why: string) {
  return recordStep(db(), {
    organizationId: job.organizationId,
    opportunityId: context.invitation.opportunityId,
    invitationId: job.invitationId,
    step: stepName(job, "skipped"),
    outcome: "skipped",
    detail: why,
  });
}

/**
 * Writes the message row for this send key, or takes over the row of an
 * earlier attempt that failed or died mid-send. Null when the key's
 * message was already sent, bounced or put in the outbox meanwhile.
 */
async function claimMessage(
  job: EmailJob,
  context: InvitationContext,
  email: RenderedEmail,
): Promise<Sending | null> {
  const [row] = await db()
    .insert(emailMessages)
    .values({
      organizationId: job.organizationId,
      invitationId: job.invitationId,
      sendKey: job.sendKey,
      kind: job.kind,
      recipient: context.invitation.candidateEmail,
      subject: email.subject,
      language: email.language,
      status: "sending",
    })
    .onConflictDoUpdate({
      target: emailMessages.sendKey,
      set: { status: "sending", subject: email.subject, error: null },
      setWhere: and(
        inArray(emailMessages.status, ["sending", "failed"]),
        eq(emailMessages.invitationId, sql`excluded.invitation_id`),
      ),
    })
    .returning({ id: emailMessages.id });
  if (!row) return null;

  return {
    job,
    messageId: row.id,
    opportunityId: context.invitation.opportunityId,
  };
}
