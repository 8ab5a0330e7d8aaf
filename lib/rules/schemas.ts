import { z } from "zod";

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const ANY_POSTING = "any";

const checkbox = z
  .enum(["on", "true", "false", ""])
  .optional()
  .transform((value) => value === "on" || value === "true");

const optionalText = z
  .string()
  .trim()
  .max(300)
  .optional()
  .transform((value) => value || null);

/** The Add Assessment Rule form, as the browser sends it. */
export const ruleFormSchema = z.object({
  postingId: z.string().trim().min(1, "Choose a job posting, or Any posting."),
  postingName: optionalText,
  stageId: z.string().trim().min(1, "Choose the Lever trigger stage."),
  stageName: z.string().trim().min(1).max(300),
  assessmentId: z.uuid("Choose a Hallo assessment."),
  passLevel: z
    .enum([...CEFR_LEVELS, ""])
    .optional()
    .transform((value) => (value ? value : null)),
  tagOnInvite: checkbox,
  tagOnComplete: checkbox,
  tagWithLevel: checkbox,
  completionStageId: optionalText,
  completionStageName: optionalText,
  completionStageOnlyIfPassed: checkbox,
  /** Also invite the candidates already in the stage (adding only). */
  backfill: checkbox,
});

export type RuleForm = z.infer<typeof ruleFormSchema>;

export const ruleIdSchema = z.object({
  ruleId: z.uuid("That rule does not exist."),
});

export const editRuleSchema = ruleFormSchema.extend({ ruleId: z.uuid() });
