import { z } from "zod";

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;

export type CefrLevel = (typeof CEFR_LEVELS)[number];

export const TASK_KINDS = ["speaking", "writing"] as const;

export type TaskKind = (typeof TASK_KINDS)[number];

export const LIMITS = {
  name: { min: 2, max: 120 },
  description: { max: 500 },
  validityDays: { min: 1, max: 60 },
  tasks: { min: 1, max: 12 },
  prompt: { min: 10, max: 2000 },
  preparationSeconds: { min: 0, max: 300 },
  maxAnswerSeconds: { min: 15, max: 600 },
  minWords: { min: 10, max: 2000 },
  maxWords: { min: 10, max: 2000 },
  timeLimitSeconds: { min: 60, max: 7200 },
} as const;

/**
 * The canonical form of a BCP 47 tag, or null when it is not one. Long
 * language subtags are well-formed but none is registered, so "english"
 * is refused too.
 */
export function canonicalLanguage(tag: string): string | null {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (!canonical || !/^[a-z]{2,3}(-|$)/.test(canonical)) return null;
    return canonical;
  } catch {
    return null;
  }
}

// Form values arrive as strings and JSON may carry either; a blank value
// must fail rather than become zero.
function wholeNumber(label: string, range: { min: number; max: number }) {
  const message = `${label} must be a whole number from ${range.min} to ${range.max}.`;
  return z.preprocess(
    (value) =>
      typeof value === "string" && value.trim() !== "" ? Number(value) : value,
    z.number({ message }).int(message).min(range.min, message).max(range.max, {
      message,
    }),
  );
}

const prompt = z
  .string({ message: "Write a prompt." })
  .trim()
  .min(LIMITS.prompt.min, "Write at least 10 characters for the prompt.")
  .max(LIMITS.prompt.max, "Keep the prompt under 2000 characters.");

const taskId = z.uuid().optional();

export const speakingTaskSchema = z.object({
  id: taskId,
  kind: z.literal("speaking"),
  prompt,
  preparationSeconds: wholeNumber(
    "Preparation time",
    LIMITS.preparationSeconds,
  ),
  maxAnswerSeconds: wholeNumber("Answer time", LIMITS.maxAnswerSeconds),
});

export const writingTaskSchema = z
  .object({
    id: taskId,
    kind: z.literal("writing"),
    prompt,
    minWords: wholeNumber("Minimum words", LIMITS.minWords),
    maxWords: wholeNumber("Maximum words", LIMITS.maxWords),
    timeLimitSeconds: wholeNumber("Time limit", LIMITS.timeLimitSeconds),
  })
  .refine((task) => task.maxWords >= task.minWords, {
    path: ["maxWords"],
    message: "Maximum words must be at least the minimum.",
  });

export const taskSchema = z.discriminatedUnion("kind", [
  speakingTaskSchema,
  writingTaskSchema,
]);

export const tasksSchema = z
  .array(taskSchema)
  .min(LIMITS.tasks.min, "Add at least one task.")
  .max(LIMITS.tasks.max, "An assessment can have at most 12 tasks.");

const language = z
  .string({ message: "Enter a language tag such as en-GB." })
  .trim()
  .min(1, "Enter a language tag such as en-GB.")
  .transform((tag, context) => {
    const canonical = canonicalLanguage(tag);
    if (canonical) return canonical;
    context.addIssue({
      code: "custom",
      message: `“${tag}” is not a language tag. Try one such as en-GB or es.`,
    });
    return z.NEVER;
  });

export const assessmentSchema = z.object({
  name: z
    .string({ message: "Give the assessment a name." })
    .trim()
    .min(LIMITS.name.min, "Use at least 2 characters for the name.")
    .max(LIMITS.name.max, "Keep the name under 120 characters."),
  description: z
    .string()
    .trim()
    .max(LIMITS.description.max, "Keep the description under 500 characters.")
    .default(""),
  language,
  targetLevel: z.enum(CEFR_LEVELS, { message: "Choose a CEFR level." }),
  validityDays: wholeNumber("Validity", LIMITS.validityDays),
  tasks: tasksSchema,
});

export type AssessmentInput = z.output<typeof assessmentSchema>;

export type TaskInput = z.output<typeof taskSchema>;

// The form sends its ordered tasks as one JSON field.
const tasksJson = z
  .string({ message: "Add at least one task." })
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "The tasks were garbled." });
      return z.NEVER;
    }
  })
  .pipe(tasksSchema);

export const assessmentFormSchema = assessmentSchema.extend({
  tasks: tasksJson,
});

const assessmentId = z.uuid("That assessment does not exist.");

export const updateAssessmentFormSchema = assessmentFormSchema.extend({
  assessmentId,
});

export const assessmentIdSchema = z.object({ assessmentId });

export const archiveAssessmentSchema = z.object({
  assessmentId,
  confirm: z.stringbool().default(false),
});
