import "server-only";

import { desc, eq } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { assessments, emailMessages, invitations } from "@/db/schema";
import { canManage } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { loadInvitationContext } from "@/lib/email/context";
import { emailFacts } from "@/lib/email/facts";
import { renderEmail } from "@/lib/email/render";
import { forbidden, notFound } from "@/lib/errors";

export type EmailStatus = (typeof emailMessages.$inferSelect)["status"];

export type OutboxEntry = Awaited<ReturnType<typeof listOutbox>>[number];

export type OutboxMessage = NonNullable<
  Awaited<ReturnType<typeof findOutboxMessage>>
>;

export const OUTBOX_LIMIT = 200;

function assertManager(scope: Scope) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can read the outbox.");
  }
}

/** The organization's messages to candidates, newest first. */
export async function listOutbox(
  scope: Scope,
  options: { status?: EmailStatus } = {},
) {
  assertManager(scope);

  return db()
    .select({
      id: emailMessages.id,
      kind: emailMessages.kind,
      status: emailMessages.status,
      recipient: emailMessages.recipient,
      subject: emailMessages.subject,
      error: emailMessages.error,
      sentAt: emailMessages.sentAt,
      createdAt: emailMessages.createdAt,
      candidateName: invitations.candidateName,
      assessmentName: assessments.name,
    })
    .from(emailMessages)
    .innerJoin(invitations, eq(invitations.id, emailMessages.invitationId))
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .where(
      inOrganization(
        scope,
        emailMessages.organizationId,
        options.status ? eq(emailMessages.status, options.status) : undefined,
      ),
    )
    .orderBy(desc(emailMessages.createdAt), desc(emailMessages.id))
    .limit(OUTBOX_LIMIT);
}

/**
 * One message as it reads today. Bodies are never stored, since they hold
 * the candidate link, so it is rendered again from the invitation: the
 * link and expiry are the current ones, which is what a message still in
 * the outbox would carry.
 */
export async function findOutboxMessage(scope: Scope, id: string) {
  assertManager(scope);
  if (!z.uuid().safeParse(id).success) return null;

  const [message] = await db()
    .select()
    .from(emailMessages)
    .where(
      inOrganization(
        scope,
        emailMessages.organizationId,
        eq(emailMessages.id, id),
      ),
    );
  if (!message) return null;

  const context = await loadInvitationContext(
    scope.organizationId,
    message.invitationId,
  );
  if (!context) return null;

  const email = await renderEmail(emailFacts(message.kind, context));
  return { ...message, ...email };
}

export async function outboxMessage(scope: Scope, id: string) {
  const message = await findOutboxMessage(scope, id);
  if (!message) throw notFound("That message");
  return message;
}
