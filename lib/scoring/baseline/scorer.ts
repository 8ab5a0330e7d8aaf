import { levelForScore, roundScore } from "../cefr";
import type {
  Scorer,
  ScoringRequest,
  ScoringResult,
  SubSkill,
  TaskNote,
  TaskResponse,
} from "../types";
import { improvementsFor } from "./improvements";
import { combineMeasures, measureAnswer, type Measures } from "./measures";
import { taskNotes } from "./notes";
import { subScore } from "./scales";
import { baselineLanguage, type Language } from "./text";

export const BASELINE_VERSION = "1.0.0";

const SKILLS: SubSkill[] = ["grammar", "vocabulary", "coherence", "fluency"];

type Outcome = {
  note: TaskNote;
  measures: Measures | null;
  subScores: Partial<Record<SubSkill, number>>;
  reviewReason: string | null;
};

function unscored(
  response: TaskResponse,
  reviewReason: string,
  transcript: string | null = null,
): Outcome {
  const note = { taskId: response.taskId, level: null, score: null };
  return {
    note: { ...note, notes: [reviewReason], transcript },
    measures: null,
    subScores: {},
    reviewReason,
  };
}

function answerText(response: TaskResponse): string | null {
  if (response.kind === "writing") return response.text;
  return response.transcript?.trim() ? response.transcript : null;
}

async function scoreTask(
  response: TaskResponse,
  position: number,
  language: Language,
): Promise<Outcome> {
  const text = answerText(response);
  if (text === null) {
    return unscored(
      response,
      `Task ${position + 1} is a recording without a transcript; ` +
        "a reviewer must listen",
    );
  }

  const measures = await measureAnswer(response, text, language);
  const subScores = skillScores(measures);
  const values = Object.values(subScores);
  const raw = measures.words === 0 ? 0 : mean(values);
  const score = roundScore(raw);
  const notes =
    measures.words === 0
      ? ["No answer was given"]
      : taskNotes(measures, response);
  const transcript = response.kind === "speaking" ? text : null;
  return {
    note: {
      taskId: response.taskId,
      level: levelForScore(score),
      score,
      notes,
      transcript,
    },
    measures,
    subScores,
    reviewReason: null,
  };
}

function skillScores(measures: Measures) {
  const scores: Partial<Record<SubSkill, number>> = {};
  for (const skill of SKILLS) {
    const value = subScore(measures, skill);
    if (value !== null) scores[skill] = measures.words === 0 ? 0 : value;
  }
  return scores;
}

const mean = (values: number[]) =>
  values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;

function overallSubScores(outcomes: Outcome[]) {
  const result: Partial<Record<SubSkill, number>> = {};
  for (const skill of SKILLS) {
    const values = outcomes.flatMap((o) => o.subScores[skill] ?? []);
    if (values.length) result[skill] = roundScore(mean(values));
  }
  return result;
}

// Fewer words give a noisier measure; a task left to review lowers it too.
function confidenceFor(outcomes: Outcome[], combined: Measures | null) {
  if (!combined || outcomes.length === 0) return 0;
  const scoredShare =
    outcomes.filter((o) => o.measures).length / outcomes.length;
  const byLength = 0.3 + 0.6 * Math.min(1, combined.words / 300);
  return Math.round(scoredShare * byLength * 100) / 100;
}

function assemble(outcomes: Outcome[]): ScoringResult {
  const scored = outcomes.filter((o) => o.note.score !== null);
  const reviewReasons = outcomes.flatMap((o) => o.reviewReason ?? []);
  const combined = combineMeasures(outcomes.flatMap((o) => o.measures ?? []));
  const score = roundScore(mean(scored.map((o) => o.note.score ?? 0)));

  return {
    status: reviewReasons.length ? "needs_review" : "scored",
    overall: scored.length ? { level: levelForScore(score), score } : null,
    subScores: overallSubScores(outcomes),
    tasks: outcomes.map((o) => o.note),
    improvements: improvementsFor(combined),
    confidence: confidenceFor(outcomes, combined),
    reviewReasons,
    scorer: { name: "baseline", version: BASELINE_VERSION },
  };
}

async function scoreRequest(request: ScoringRequest): Promise<ScoringResult> {
  const language = baselineLanguage(request.language);
  const outcomes = await Promise.all(
    request.responses.map((response, position) =>
      language
        ? scoreTask(response, position, language)
        : unscored(
            response,
            `Task ${position + 1} is in ${request.language}, which the ` +
              "baseline scorer cannot measure; a reviewer must score it",
          ),
    ),
  );
  return assemble(outcomes);
}

/** The embedded scorer: transparent text measures, no network. */
export function createBaselineScorer(): Scorer {
  return { name: "baseline", score: scoreRequest };
}
