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
