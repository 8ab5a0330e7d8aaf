import type { FieldErrors } from "@/lib/errors";
import { ANY_POSTING, type RuleForm } from "@/lib/rules/schemas";

/**
 * What is wrong with a rule beyond the shape of its fields, by field.
 * Empty when the rule makes sense.
 */
export function ruleProblems(rule: RuleForm): FieldErrors {
  const problems: FieldErrors = {};

  if (rule.completionStageId && rule.completionStageId === rule.stageId) {
    problems.completionStageId = [
      "Choose a different stage from the trigger stage, or none.",
    ];
  }
  if (rule.completionStageOnlyIfPassed && !rule.completionStageId) {
    problems.completionStageId = [
      "Choose the stage to move passing candidates to.",
    ];
  }
  if (rule.completionStageOnlyIfPassed && !rule.passLevel) {
    problems.passLevel = ["Set a pass level to move only candidates who pass."];
  }
  if (rule.postingId !== ANY_POSTING && !rule.postingName) {
    problems.postingId = ["Choose the job posting again."];
  }
  return problems;
}

export type RuleKey = {
  postingId: string | null;
  stageId: string;
  assessmentId: string;
};

/** A posting, stage and assessment may be combined in one rule only. */
export function findDuplicate<T extends RuleKey>(
  existing: T[],
  candidate: RuleKey,
  ignoreId?: string,
): T | undefined {
  return existing.find(
    (rule) =>
      (rule as T & { id?: string }).id !== ignoreId &&
      (rule.postingId ?? null) === (candidate.postingId ?? null) &&
      rule.stageId === candidate.stageId &&
      rule.assessmentId === candidate.assessmentId,
  );
}

export const DUPLICATE_RULE =
  "This posting, stage and assessment already have a rule. Edit that rule instead.";
