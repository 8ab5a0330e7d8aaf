import type { Rule } from "@/lib/rules/rules";
import { ANY_POSTING } from "@/lib/rules/schemas";

/** What the rule form edits; ids are Lever's, names are for display. */
export type RuleValues = {
  postingId: string;
  postingName: string | null;
  stageId: string;
  assessmentId: string;
  passLevel: string;
  tagOnInvite: boolean;
  tagOnComplete: boolean;
  tagWithLevel: boolean;
  completionStageId: string;
  completionStageOnlyIfPassed: boolean;
  backfill: boolean;
};

export const EMPTY_RULE: RuleValues = {
  postingId: ANY_POSTING,
  postingName: null,
  stageId: "",
  assessmentId: "",
  passLevel: "",
  tagOnInvite: true,
  tagOnComplete: true,
  tagWithLevel: false,
  completionStageId: "",
  completionStageOnlyIfPassed: false,
  backfill: false,
};

/** The form's values for an existing rule. */
export function valuesOf(rule: Rule): RuleValues {
  return {
    postingId: rule.postingId ?? ANY_POSTING,
    postingName: rule.postingName,
    stageId: rule.stageId,
    assessmentId: rule.assessmentId,
    passLevel: rule.passLevel ?? "",
    tagOnInvite: rule.tagOnInvite,
    tagOnComplete: rule.tagOnComplete,
    tagWithLevel: rule.tagWithLevel,
    completionStageId: rule.completionStageId ?? "",
    completionStageOnlyIfPassed: rule.completionStageOnlyIfPassed,
    backfill: false,
  };
}
