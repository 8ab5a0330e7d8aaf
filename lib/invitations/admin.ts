import "server-only";

import { randomUUID } from "node:crypto";

import { eq } from "drizzle-orm";
import { z } from "zod";

import { db, type Executor } from "@/db/client";
import { assessments, invitations, pipelineEvents } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { canManage } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { candidateUrl } from "@/lib/invitations/links";
import {
  cancelProblem,
  extendProblem,
  linkProblem,
  resendProblem,
} from "@/lib/invitations/policy";
import { stepLabel } from "@/lib/invitations/step-labels";
import { recordStep } from "@/lib/invitations/timeline";
import { QUEUE_NAMES } from "@/lib/jobs/queues";
import { transactionWithJobs } from "@/lib/jobs/transaction";

const DAY_MS = 86_400_000;

type Invitation = typeof invitations.$inferSelect;

function assertManager(scope: Scope) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can change invitations.");
  }
}

function refuseIf(problem: string | null) {
  if (problem) throw new AppError("conflict", problem);
}

async function lockInvitation(tx: Executor, scope: Scope, id: string) {
  if (!z.uuid().safeParse(id).success) throw notFound("That invitation");

  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      inOrganization(scope, invitations.organizationId, eq(invitations.id, id)),
    )
    .for("update");
  if (!row) throw notFound("That invitation");
  return row;
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** What an expired invitation becomes again once its link works. */
function reopenedStatus(invitation: Invitation) {
  return invitation.sentAt ? "sent" : "created";
}

function stepOf(invitation: Invitation, step: string, detail: string) {
  return {
    organizationId: invitation.organizationId,
    opportunityId: invitation.opportunityId,
    invitationId: invitation.id,
    step,
    outcome: "ok" as const,
    detail,
  };
}

function stateOf(invitation: Pick<Invitation, "status" | "expiresAt">) {
  return { status: invitation.status, expiresAt: invitation.expiresAt };
}

/**
 * A fresh expiry of the assessment's validity when the link no longer
 * works, else null. The expiry sweep runs periodically, so a link past its
 * date may not be marked expired yet.
 */
async function renewal(tx: Executor, invitation: Invitation) {
  const expired = invitation.status === "expired";
  if (!expired && invitation.expiresAt.getTime() > Date.now()) return null;

  const [assessment] = await tx
    .select({ validityDays: assessments.validityDays })
    .from(assessments)
    .where(eq(assessments.id, invitation.assessmentId));
  if (!assessment) throw new Error("invitation without its assessment");
  return {
    status: expired ? reopenedStatus(invitation) : invitation.status,
    expiresAt: addDays(new Date(), assessment.validityDays),
  };
}

/**
 * Emails the candidate their link again; a link that no longer works is
 * renewed first.
 */
export async function resendInvitation(scope: Scope, invitationId: string) {
  assertManager(scope);

  return transactionWithJobs(async (tx, send) => {
    const before = await lockInvitation(tx, scope, invitationId);
    refuseIf(resendProblem(before));

    const renewed = await renewal(tx, before);
    if (renewed) {
      await tx
        .update(invitations)
        .set(renewed)
        .where(eq(invitations.id, before.id));
    }
    await send("email.send", {
      organizationId: before.organizationId,
      invitationId: before.id,
      kind: "invitation",
      sendKey: `resend:${before.id}:${randomUUID()}`,
    });

    const detail = renewed
      ? "Resent by an admin; its link had expired, so its validity started again."
      : "Resent by an admin.";
    await recordStep(tx, stepOf(before, "invitation.resent", detail));
    await recordAudit(tx, scope, {
      kind: "invitation.resent",
      subjectType: "invitation",
      subjectId: before.id,
      before: stateOf(before),
      after: renewed ?? stateOf(before),
    });
    return renewed ?? stateOf(before);
  });
}

/**
 * Moves the expiry `days` later, counted from now if it already passed.
 * The reminder is cleared so the candidate gets one before the new date.
 */
export async function extendInvitation(
  scope: Scope,
  invitationId: string,
  days: number,
) {
  assertManager(scope);

  return db().transaction(async (tx) => {
    const before = await lockInvitation(tx, scope, invitationId);
    refuseIf(extendProblem(before));

    const start = Math.max(Date.now(), before.expiresAt.getTime());
    const after = {
      status:
        before.status === "expired" ? reopenedStatus(before) : before.status,
      expiresAt: addDays(new Date(start), days),
    };
    await tx
      .update(invitations)
      .set({ ...after, reminderSentAt: null })
      .where(eq(invitations.id, before.id));

    const detail = `Extended by ${days} days by an admin.`;
    await recordStep(tx, stepOf(before, "invitation.extended", detail));
    await recordAudit(tx, scope, {
      kind: "invitation.extended",
      subjectType: "invitation",
      subjectId: before.id,
      before: stateOf(before),
      after: { ...after, days },
    });
    return after;
  });
}

/**
 * Withdraws an invitation the candidate has not started; its link stops
 * working. An email already queued stays queued: the email job reads the
 * status when it runs and skips a cancelled invitation.
 */
export async function cancelInvitation(scope: Scope, invitationId: string) {
  assertManager(scope);

  await db().transaction(async (tx) => {
    const before = await lockInvitation(tx, scope, invitationId);
    refuseIf(cancelProblem(before));

    await tx
      .update(invitations)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(eq(invitations.id, before.id));

    const detail =
      "Cancelled by an admin; the candidate's link stopped working.";
    await recordStep(tx, stepOf(before, "invitation.cancelled", detail));
    await recordAudit(tx, scope, {
      kind: "invitation.cancelled",
      subjectType: "invitation",
      subjectId: before.id,
      before: { status: before.status },
      after: { status: "cancelled" },
    });
  });
}

/** The candidate's link, for an admin to pass on by other means. */
export async function invitationLink(scope: Scope, invitationId: string) {
  assertManager(scope);

  return db().transaction(async (tx) => {
    const invitation = await lockInvitation(tx, scope, invitationId);
    refuseIf(linkProblem(invitation));

    await recordAudit(tx, scope, {
      kind: "invitation.link_copied",
      subjectType: "invitation",
      subjectId: invitation.id,
    });
    return candidateUrl(invitation);
  });
}

async function lockEvent(tx: Executor, scope: Scope, eventId: string) {
  if (!z.uuid().safeParse(eventId).success) throw notFound("That step");

  const [event] = await tx
    .select()
    .from(pipelineEvents)
    .where(
      inOrganization(
        scope,
        pipelineEvents.organizationId,
        eq(pipelineEvents.id, eventId),
      ),
    )
    .for("update");
  if (!event) throw notFound("That step");
  return event;
}

function retryJobOf(event: typeof pipelineEvents.$inferSelect) {
  if (event.outcome !== "failed" || !event.retry) {
    throw new AppError("conflict", "Only a failed step can be retried.");
  }
  if (event.retriedAt) {
    throw new AppError(
      "conflict",
      "This step was already retried. The new attempt shows in the timeline once it has run.",
    );
  }

  const queue = QUEUE_NAMES.find((name) => name === event.retry?.queue);
  if (!queue) {
    throw new AppError("conflict", "This step can no longer be retried.");
  }
  return { queue, data: event.retry.data };
}

/**
 * Runs a failed step again by sending the job stored with it. The step is
 * marked retried in the same transaction, so it cannot be sent twice.
 */
export async function retryStep(scope: Scope, eventId: string) {
  assertManager(scope);

  return transactionWithJobs(async (tx, send) => {
    const event = await lockEvent(tx, scope, eventId);
    const job = retryJobOf(event);

    await send(job.queue, job.data);
    await tx
      .update(pipelineEvents)
      .set({ retriedAt: new Date() })
      .where(eq(pipelineEvents.id, event.id));

    await recordStep(tx, {
      organizationId: event.organizationId,
      opportunityId: event.opportunityId,
      invitationId: event.invitationId,
      deliveryId: event.deliveryId,
      step: "step.retried",
      outcome: "ok",
      detail: `An admin retried "${stepLabel(event.step)}".`,
    });
    await recordAudit(tx, scope, {
      kind: "invitation.step_retried",
      subjectType: "invitation",
      subjectId: event.invitationId ?? undefined,
      after: { eventId: event.id, step: event.step, queue: job.queue },
    });
    return { invitationId: event.invitationId };
  });
}
