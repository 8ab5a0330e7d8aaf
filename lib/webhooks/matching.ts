import type { LeverOpportunity } from "@/lib/lever/client";

/** What a rule needs from the database to be matched. */
export type CandidateRule = {
  id: string;
  postingId: string | null;
  stageId: string;
  status: "enabled" | "paused";
  assessmentArchived: boolean;
};

/** What Lever says about the candidate now. */
export type CandidateFacts = {
  currentStageId: string | null;
  postingIds: string[];
  archived: boolean;
  email: string | null;
};

export type Decision<R extends CandidateRule = CandidateRule> =
  { rule: R; invite: true } | { rule: R; invite: false; reason: string };

export const REASONS = {
  noRule: "No assessment rule for this stage.",
  stale: "Stale event: the candidate has already moved to another stage.",
  paused: "The rule is paused.",
  posting: "The candidate's posting does not match the rule.",
  archived: "The candidate is archived in Lever.",
  noEmail: "The candidate has no email address in Lever.",
  assessmentArchived: "The rule's assessment is archived.",
} as const;

/**
 * Decides, for each rule on the stage the candidate moved to, whether to
 * invite them, and if not, why. Reads nothing; the caller has the facts.
 */
export function decide<R extends CandidateRule>(
  rules: R[],
  toStageId: string,
  facts: CandidateFacts,
): Decision<R>[] {
  return rules
    .filter((rule) => rule.stageId === toStageId)
    .map((rule) => {
      const reason = skipReason(rule, toStageId, facts);
      return reason ? { rule, invite: false, reason } : { rule, invite: true };
    });
}

function skipReason(
  rule: CandidateRule,
  toStageId: string,
  facts: CandidateFacts,
): string | null {
  if (rule.status !== "enabled") return REASONS.paused;
  if (facts.currentStageId !== toStageId) return REASONS.stale;
  if (rule.postingId !== null && !facts.postingIds.includes(rule.postingId)) {
    return REASONS.posting;
  }
  if (facts.archived) return REASONS.archived;
  if (rule.assessmentArchived) return REASONS.assessmentArchived;
  if (!facts.email) return REASONS.noEmail;
  return null;
}

/** The facts matching needs, read from a Lever opportunity. */
export function candidateFacts(opportunity: LeverOpportunity): CandidateFacts {
  const stage = opportunity.stage;
  const postingIds = (opportunity.applications ?? []).flatMap((application) =>
    typeof application === "object" && application.posting
      ? [application.posting]
      : [],
  );
  return {
    currentStageId: typeof stage === "string" ? stage : (stage?.id ?? null),
    postingIds,
    // Lever sends null, or leaves the field out, for an active candidate.
    archived: opportunity.archived != null,
    email: opportunity.emails?.find((email) => email.includes("@")) ?? null,
  };
}

/**
 * When the candidate entered their current stage, from Lever's stage
 * history; `fallback` (the event's time) when Lever sends no history.
 */
export function stageEnteredAt(
  opportunity: LeverOpportunity,
  stageId: string,
  fallback: Date,
): Date {
  const times = (opportunity.stageChanges ?? [])
    .filter((change) => change.toStageId === stageId)
    .map((change) => change.updatedAt);
  return times.length > 0 ? new Date(Math.max(...times)) : fallback;
}
