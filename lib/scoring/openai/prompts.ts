import { CEFR_BANDS } from "../cefr";
import type { ScoringRequest } from "../types";

const bands = CEFR_BANDS.map((band) => `${band.level} from ${band.from}`);

/** The examiner's instructions; the same for every request. */
export const RUBRIC_INSTRUCTIONS = [
  "You are an examiner of workplace language skills on the CEFR scale.",
  "You receive a candidate's answers to writing and speaking tasks;",
  "speaking answers are transcripts of recordings.",
  "Score each task from 0.0 to 10.0 and give its CEFR level, using this",
  `table of lower bounds: ${bands.join(", ")}.`,
  "Give sub-scores from 0.0 to 10.0 for grammar, vocabulary and",
  "coherence over all tasks; give fluency only when there is a spoken",
  "answer, otherwise null. Do not judge pronunciation.",
  "Per task, write two to four short notes a recruiter can read.",
  "Give three to five concrete improvements for the candidate.",
  "Give your confidence from 0 to 1; lower it for short answers.",
  "Answer with JSON matching the schema and nothing else.",
].join(" ");

export type PromptTask = {
  taskId: string;
  kind: "writing" | "speaking";
  prompt: string;
  answer: string;
  limits: string;
};

/** The candidate's answers as the user message. */
export function answersMessage(
  request: ScoringRequest,
  tasks: PromptTask[],
): string {
  return JSON.stringify({
    language: request.language,
    targetLevel: request.targetLevel,
    tasks,
  });
}
