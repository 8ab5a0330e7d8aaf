import { randomUUID } from "node:crypto";

import { and, eq, sql } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { invitations } from "@/db/schema";
import { candidateTokenHash } from "@/lib/invitations/links";
import { recordStep } from "@/lib/invitations/timeline";
import { transactionWithJobs, type JobSender } from "@/lib/jobs/transaction";

export const EMAIL_QUEUE = "email.send";

const DAY_MS = 86_400_000;

/** Statuses in which the candidate has begun; a re-entry leaves them be. */
export const BEGUN = ["started", "completed", "scored", "reported"] as const;

export type InviteRequest = {
  organizationId: string;
  rule: {
    id: string;
    assessmentId: string;
    postingId: string | null;
    postingName: string | null;
    stageId: string;
    stageName: string;
  };
  validityDays: number;
  candidate: {
    opportunityId: string;
    contactId: string | null;
    name: string | null;
    email: string;
    postingId: string | null;
  };
  stageEnteredAt: Date;
  source: "webhook" | "backfill";
  deliveryId?: string;
};

export type InviteOutcome = "created" | "reinvited" | "duplicate" | "begun";

/**
 * Invites a candidate for a rule: one invitation per rule and opportunity,
 * whatever the number of deliveries or workers. A candidate who comes back
 * to the stage later is sent the unstarted invitation again; one who has
 * begun is left alone. Rows, timeline and email job commit together.
 */
export function inviteCandidate(
  request: InviteRequest,
): Promise<InviteOutcome> {
  return transactionWithJobs(async (tx, send) => {
    const created = await insertInvitation(tx, request);
    if (created) {
      await announce(tx, send, request, created, "invitation.created");
      return "created";
    }
    return reinvite(tx, send, request);
  });
}

async function insertInvitation(tx: Executor, request: InviteRequest) {
  const id = randomUUID();
  const [row] = await tx
    .insert(invitations)
    .values({
      id,
      organizationId: request.organizationId,
      ruleId: request.rule.id,
      assessmentId: request.rule.assessmentId,
      opportunityId: request.candidate.opportunityId,
      contactId: request.candidate.contactId,
      candidateName: request.candidate.name,
      candidateEmail: request.candidate.email,
      postingId: request.rule.postingId ?? request.candidate.postingId,
      postingName: request.rule.postingName,
      stageId: request.rule.stageId,
      stageName: request.rule.stageName,
      source: request.source,
      tokenHash: candidateTokenHash({ id, linkVersion: 1 }),
      expiresAt: expiry(request.validityDays),
      stageEnteredAt: request.stageEnteredAt,
    })
    .onConflictDoNothing({
      target: [invitations.ruleId, invitations.opportunityId],
    })
    .returning({ id: invitations.id });
  return row ?? null;
}

async function reinvite(
  tx: Executor,
  send: JobSender,
  request: InviteRequest,
): Promise<InviteOutcome> {
  // The row lock makes concurrent deliveries about one candidate decide
  // one after the other, so a re-entry is acted on once.
  const [existing] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.ruleId, request.rule.id),
        eq(invitations.opportunityId, request.candidate.opportunityId),
      ),
    )
    .for("update");
  if (!existing) throw new Error("invitation vanished while locked");

  const step = { ...stepBase(request), invitationId: existing.id };
  if ((BEGUN as readonly string[]).includes(existing.status)) {
    await recordStep(tx, {
      ...step,
      step: "invitation.left_alone",
      outcome: "skipped",
      detail: `Back in the stage, but the assessment is already ${existing.status}; nothing was sent.`,
    });
    return "begun";
  }
  if (existing.stageEnteredAt >= request.stageEnteredAt) {
    await recordStep(tx, {
      ...step,
      step: "invitation.duplicate",
      outcome: "skipped",
      detail: "Already invited for this move into the stage.",
    });
    return "duplicate";
  }

  await tx
    .update(invitations)
    .set({
      stageEnteredAt: request.stageEnteredAt,
      expiresAt: expiry(request.validityDays),
      candidateName: request.candidate.name,
      candidateEmail: request.candidate.email,
      reminderSentAt: null,
      cancelledAt: null,
      status: sql`case when ${invitations.status} in ('cancelled', 'expired', 'failed') then 'created'::invitation_status else ${invitations.status} end`,
    })
    .where(eq(invitations.id, existing.id));
  await announce(tx, send, request, existing, "invitation.reinvited");
  return "reinvited";
}

async function announce(
  tx: Executor,
  send: JobSender,
  request: InviteRequest,
  invitation: { id: string },
  step: "invitation.created" | "invitation.reinvited",
) {
  await recordStep(tx, {
    ...stepBase(request),
    invitationId: invitation.id,
    step,
    outcome: "ok",
    detail:
      step === "invitation.created"
        ? `Invited by a rule on ${request.rule.stageName}${request.source === "backfill" ? " (already in the stage when the rule was added)" : ""}.`
        : "Back in the stage: the unstarted invitation is sent again.",
  });

  // The key names this move into the stage, so a retried job finds the
  // message it already sent.
  await send(EMAIL_QUEUE, {
    organizationId: request.organizationId,
    invitationId: invitation.id,
    kind: "invitation",
    sendKey: `invitation:${invitation.id}:${request.stageEnteredAt.getTime()}`,
  });
}

function stepBase(request: InviteRequest) {
  return {
    organizationId: request.organizationId,
    opportunityId: request.candidate.opportunityId,
    deliveryId: request.deliveryId ?? null,
  };
}

function expiry(validityDays: number): Date {
  return new Date(Date.now() + validityDays * DAY_MS);
}
