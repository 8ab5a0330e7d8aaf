import { z } from "zod";

import { CEFR_LEVELS } from "@/lib/assessments/schemas";

const score = z.number().min(0).max(10);

/**
 * The rubric answer the model must give. The same schema is sent as the
 * response format and checks what comes back. Pronunciation is absent:
 * the model reads transcripts and cannot hear the candidate.
 */
export const rubricAnswer = z.object({
  tasks: z.array(
    z.object({
      taskId: z.string(),
      level: z.enum(CEFR_LEVELS),
      score,
      notes: z.array(z.string()),
    }),
  ),
  subScores: z.object({
    grammar: score,
    vocabulary: score,
    coherence: score,
    fluency: score.nullable(),
  }),
  improvements: z.array(z.string()),
  confidence: z.number().min(0).max(1),
});

export type RubricAnswer = z.infer<typeof rubricAnswer>;

export const RUBRIC_SCHEMA_NAME = "rubric_score";

/** The JSON schema for `response_format`, strict mode compatible. */
export function rubricJsonSchema(): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(rubricAnswer);
  return schema;
}
