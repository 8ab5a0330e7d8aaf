import "server-only";

import { desc, eq } from "drizzle-orm";

import { db } from "@/db/client";
import {
  assessments,
  invitations,
  pipelineEvents,
  webhookDeliveries,
} from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { invitationDetail } from "@/lib/invitations/queries";
import { stepLabel } from "@/lib/invitations/step-labels";
import type { StepOutcome } from "@/lib/invitations/timeline";

export type TimelineEntry = {
  /** Unique across sources: "step:…" or "delivery:…". */
  key: string;
  source: "step" | "delivery";
  at: Date;
  label: string;
  outcome: StepOutcome;
  detail: string | null;
  /** The other rule's invitation a step belongs to, when not this one. */
  otherInvitation: {
    id: string;
    assessmentName: string;
    stageName: string | null;
  } | null;
  /** For a failed step that has a job to run it again. */
  retry: { eventId: string; retriedAt: Date | null } | null;
};

// Per source, the newest this many; an opportunity that bounced through
// stages more often than that shows only its recent history.
const LIMIT = 500;

// At the same instant a delivery comes before the steps it caused.
const SOURCE_ORDER = { delivery: 0, step: 1 } as const;

type Delivery = Awaited<ReturnType<typeof deliveriesOf>>[number];

function stepsOf(scope: Scope, opportunityId: string) {
  return db()
    .select({
      id: pipelineEvents.id,
      invitationId: pipelineEvents.invitationId,
      deliveryId: pipelineEvents.deliveryId,
      step: pipelineEvents.step,
      outcome: pipelineEvents.outcome,
      detail: pipelineEvents.detail,
      retry: pipelineEvents.retry,
      retriedAt: pipelineEvents.retriedAt,
      at: pipelineEvents.at,
      otherStageName: invitations.stageName,
      otherAssessmentName: assessments.name,
    })
    .from(pipelineEvents)
    .leftJoin(invitations, eq(invitations.id, pipelineEvents.invitationId))
    .leftJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .where(
      inOrganization(
        scope,
        pipelineEvents.organizationId,
        eq(pipelineEvents.opportunityId, opportunityId),
      ),
    )
    .orderBy(desc(pipelineEvents.at))
    .limit(LIMIT);
}

function deliveriesOf(scope: Scope, opportunityId: string) {
  return db()
    .select({
      id: webhookDeliveries.id,
      event: webhookDeliveries.event,
      status: webhookDeliveries.status,
      state: webhookDeliveries.state,
      outcome: webhookDeliveries.outcome,
      rejectionReason: webhookDeliveries.rejectionReason,
      receivedAt: webhookDeliveries.receivedAt,
    })
    .from(webhookDeliveries)
    .where(
      inOrganization(
        scope,
        webhookDeliveries.organizationId,
        eq(webhookDeliveries.opportunityId, opportunityId),
      ),
    )
    .orderBy(desc(webhookDeliveries.receivedAt))
    .limit(LIMIT);
}

function deliveryOutcome(delivery: Delivery): StepOutcome {
  if (delivery.status === "rejected" || delivery.state === "failed") {
    return "failed";
  }
  return delivery.state === "processed" ? "ok" : "waiting";
}

function deliveryLabel(delivery: Delivery): string {
  return `Delivery received: ${delivery.event ?? "unknown event"}`;
}

function deliveryEntry(delivery: Delivery): TimelineEntry {
  const queued = delivery.state === "queued" ? "Queued for processing." : null;
  return {
    key: `delivery:${delivery.id}`,
    source: "delivery",
    at: delivery.receivedAt,
    label: deliveryLabel(delivery),
    outcome: deliveryOutcome(delivery),
    detail: delivery.outcome ?? delivery.rejectionReason ?? queued,
    otherInvitation: null,
    retry: null,
  };
}

type Step = Awaited<ReturnType<typeof stepsOf>>[number];

function stepEntry(
  step: Step,
  invitationId: string,
  deliveries: Map<string, Delivery>,
): TimelineEntry {
  const delivery = step.deliveryId ? deliveries.get(step.deliveryId) : null;
  const other =
    step.invitationId && step.invitationId !== invitationId
      ? {
          id: step.invitationId,
          assessmentName: step.otherAssessmentName ?? "another assessment",
          stageName: step.otherStageName,
        }
      : null;
  const retryable = step.outcome === "failed" && step.retry !== null;

  return {
    key: `step:${step.id}`,
    source: "step",
    at: step.at,
    label:
      delivery && step.step === "delivery.received"
        ? deliveryLabel(delivery)
        : stepLabel(step.step),
    outcome: step.outcome,
    detail: step.detail,
    otherInvitation: other,
    retry: retryable ? { eventId: step.id, retriedAt: step.retriedAt } : null,
  };
}

/**
 * Everything that happened to the candidate behind an invitation, oldest
 * first: the pipeline's steps for the Lever opportunity (those of other
 * rules' invitations included and marked) and the webhook deliveries
 * about it. Every email outcome is one of those steps, written by the send
 * job. A delivery that a step already tells about is shown once, as that
 * step.
 */
export async function candidateTimeline(scope: Scope, invitationId: string) {
  const invitation = await invitationDetail(scope, invitationId);

  const [steps, deliveryRows] = await Promise.all([
    stepsOf(scope, invitation.opportunityId),
    deliveriesOf(scope, invitation.opportunityId),
  ]);

  const deliveries = new Map(deliveryRows.map((d) => [d.id, d]));
  const told = new Set(
    steps
      .filter((s) => s.step === "delivery.received" && s.deliveryId)
      .map((s) => s.deliveryId),
  );
  const entries = [
    ...steps.map((s) => stepEntry(s, invitation.id, deliveries)),
    ...deliveryRows.filter((d) => !told.has(d.id)).map(deliveryEntry),
  ];
  return entries.sort(
    (a, b) =>
      a.at.getTime() - b.at.getTime() ||
      SOURCE_ORDER[a.source] - SOURCE_ORDER[b.source],
  );
}
