import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { invitations } from "@/db/schema";
import { env } from "@/lib/env";
import { EMAIL_QUEUE } from "@/lib/invitations/invite";
import { recordStep } from "@/lib/invitations/timeline";
import { transactionWithJobs } from "@/lib/jobs/transaction";

const BATCH = 200;

/**
 * The `invitations.sweep` job, every few minutes: expires invitations past
 * their date and sends each unstarted one its single reminder.
 */
export async function sweepInvitations(): Promise<{
  expired: number;
  reminded: number;
}> {
  return { expired: await expireOverdue(), reminded: await sendReminders() };
}

async function expireOverdue(): Promise<number> {
  return db().transaction(async (tx) => {
    const expired = await tx
      .update(invitations)
      .set({ status: "expired" })
      .where(
        and(
          inArray(invitations.status, ["created", "sent", "opened"]),
          lt(invitations.expiresAt, sql`now()`),
        ),
      )
      .returning({
        id: invitations.id,
        organizationId: invitations.organizationId,
        opportunityId: invitations.opportunityId,
      });
    for (const invitation of expired) {
      await recordStep(tx, {
        organizationId: invitation.organizationId,
        opportunityId: invitation.opportunityId,
        invitationId: invitation.id,
        step: "invitation.expired",
        outcome: "ok",
        detail: "The link expired before the candidate started.",
      });
    }
    return expired.length;
  });
}

// The reminder goes out INVITATION_REMINDER_HOURS before expiry, or half
// way through a validity shorter than twice that, so a short invitation
// does not get its reminder right after the invitation itself.
async function sendReminders(): Promise<number> {
  const hours = env().INVITATION_REMINDER_HOURS;
  const due = await db()
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        inArray(invitations.status, ["sent", "opened"]),
        isNull(invitations.reminderSentAt),
        sql`${invitations.expiresAt} > now()`,
        sql`now() >= ${invitations.expiresAt} - least(
          make_interval(hours => ${hours}),
          (${invitations.expiresAt} - ${invitations.sentAt}) / 2
        )`,
      ),
    )
    .limit(BATCH);

  let reminded = 0;
  for (const { id } of due) {
    reminded += await claimReminder(id);
  }
  return reminded;
}

async function claimReminder(invitationId: string): Promise<number> {
  return transactionWithJobs(async (tx, send) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ reminderSentAt: new Date() })
      .where(
        and(
          eq(invitations.id, invitationId),
          isNull(invitations.reminderSentAt),
        ),
      )
      .returning({
        organizationId: invitations.organizationId,
        expiresAt: invitations.expiresAt,
      });
    if (!claimed) return 0;

    await send(EMAIL_QUEUE, {
      organizationId: claimed.organizationId,
      invitationId,
      kind: "reminder",
      sendKey: `reminder:${invitationId}:${claimed.expiresAt.getTime()}`,
    });
    return 1;
  });
}
