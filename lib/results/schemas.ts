import { z } from "zod";

import { CEFR_LEVELS } from "@/lib/assessments/schemas";

export const SUB_SKILLS = [
  "fluency",
  "pronunciation",
  "grammar",
  "vocabulary",
  "coherence",
] as const;

const blank = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const scoreMessage = "Enter a score from 0.0 to 10.0.";

const number = z.coerce
  .number({ message: scoreMessage })
  .min(0, scoreMessage)
  .max(10, scoreMessage)
  .transform((score) => Math.round(score * 10) / 10);

/** A 0.0-10.0 score; a blank one fails rather than becoming zero. */
const score = z.preprocess(blank, number);

/** A sub-score a reviewer may leave blank when it was not judged. */
const optionalScore = z.preprocess(blank, number.optional());

const level = z.enum(CEFR_LEVELS, { message: "Choose a level." });

const comment = z.string().trim().max(2000, "Keep it under 2000 characters.");

export const reviewTaskSchema = z.object({
  taskId: z.string().min(1).max(100),
  level,
  score,
  subScores: z
    .object(Object.fromEntries(SUB_SKILLS.map((s) => [s, optionalScore])))
    .partial()
    .default({}),
  comment: comment.default(""),
});

const improvements = z
  .string()
  .default("")
  .transform((text) =>
    text
      .split("\n")
      .map((line) => line.trim())
      .filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(300, "Keep each improvement under 300 characters."))
      .min(1, "Write at least one improvement, one per line.")
      .max(5, "Write at most five improvements."),
  );

/** A reviewer's scoring, from the review form's fields. */
export const reviewSchema = z.preprocess(
  nestFields,
  z.object({
    invitationId: z.uuid("That result does not exist."),
    basedOnVersion: z.coerce.number().int().positive(),
    tasks: z.array(reviewTaskSchema).min(1).max(50),
    overallLevel: level,
    overallScore: score,
    improvements,
    reviewComment: comment.default(""),
  }),
);

export type ReviewInput = z.output<typeof reviewSchema>;

export const rescoreSchema = z.object({
  invitationId: z.uuid("That candidate does not exist."),
});

const MAX_INDEX = 99;

/**
 * Turns flat form names ("tasks.0.subScores.grammar") into nested values,
 * so errors come back under the same names as the inputs. Names that could
 * reach an object's prototype, or index far into an array, are dropped.
 */
export function nestFields(values: unknown): unknown {
  if (typeof values !== "object" || values === null) return values;

  const root: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const path = name.split(".");
    if (!path.every(safeKey)) continue;
    let node: Record<string, unknown> = root;
    for (const [index, key] of path.entries()) {
      if (index === path.length - 1) {
        node[key] = value;
        break;
      }
      const nextIsIndex = /^\d+$/.test(path[index + 1] ?? "");
      if (typeof node[key] !== "object" || node[key] === null) {
        node[key] = nextIsIndex ? [] : {};
      }
      node = node[key] as Record<string, unknown>;
    }
  }
  return root;
}

function safeKey(key: string): boolean {
  if (/^\d+$/.test(key)) return Number(key) <= MAX_INDEX;
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(key) && !UNSAFE.has(key);
}

const UNSAFE = new Set(["__proto__", "constructor", "prototype"]);
