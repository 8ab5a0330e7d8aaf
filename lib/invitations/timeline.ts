import type { Executor } from "@/db/client";
import { pipelineEvents, type RetryJob } from "@/db/schema";

export type StepOutcome = "ok" | "skipped" | "waiting" | "failed";

export type Step = {
  organizationId: string;
  opportunityId: string;
  invitationId?: string | null;
  deliveryId?: string | null;
  /** What happened, e.g. "invitation.created" or "email.failed". */
  step: string;
  outcome: StepOutcome;
  /** Why, in words an admin reads; never a name or an email address. */
  detail?: string;
  /** The job that runs this step again, for failed steps. */
  retry?: RetryJob;
};

/** Adds a step to the candidate's timeline, in the caller's transaction. */
export async function recordStep(tx: Executor, step: Step): Promise<void> {
  await tx.insert(pipelineEvents).values({
    organizationId: step.organizationId,
    opportunityId: step.opportunityId,
    invitationId: step.invitationId ?? null,
    deliveryId: step.deliveryId ?? null,
    step: step.step,
    outcome: step.outcome,
    detail: step.detail ?? null,
    retry: step.retry ?? null,
  });
}
