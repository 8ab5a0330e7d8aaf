import type { Measures } from "./measures";
import { percent } from "./notes";
import { scaled, type ScaledMeasure } from "./scales";

// From this mean length, sentences are no longer short.
const LONG_SENTENCE = 15;

const ADVICE: Record<ScaledMeasure, (m: Measures) => string> = {
  misspelledShare: (m) =>
    `Check spelling before sending: ${percent(m.misspelledShare)} of ` +
    "words were misspelled.",
  advancedShare: (m) =>
    `Use more precise, less common words: ` +
    `${percent(m.advancedShare)} were beyond everyday vocabulary.`,
  diversity: () =>
    "Vary your wording: the same words come back often; use synonyms.",
  meanSentenceLength: (m) =>
    m.meanSentenceLength < LONG_SENTENCE
      ? `Combine short sentences: they average ` +
        `${m.meanSentenceLength.toFixed(1)} words.`
      : `Vary sentence length for emphasis: they average ` +
        `${m.meanSentenceLength.toFixed(1)} words.`,
  subordinatorsPerSentence: () =>
    "Use linked clauses (because, although, which) to explain reasons " +
    "and conditions.",
  connectivesPerSentence: () =>
    "Guide the reader with linking words (first, however, therefore, " +
    "finally).",
  slipsPerSentence: () =>
    "Proofread for slips: sentences starting in lower case and words " +
    "written twice.",
  promptCoverage: (m) =>
    `Answer every point of the task: the answer uses ` +
    `${percent(m.promptCoverage)} of its key words.`,
  lengthFit: () => "Keep to the requested length.",
  wordsPerMinute: (m) =>
    `Practise speaking more steadily: about ` +
    `${Math.round(m.wordsPerMinute ?? 0)} words per minute.`,
};

/** Weaker than this on the 0-10 scale, a measure earns advice. */
const ADVICE_BELOW = 8;

/**
 * Three to five improvements from the weakest measures of the combined
 * answers, weakest first; ties keep the order of ADVICE.
 */
export function improvementsFor(combined: Measures | null): string[] {
  if (!combined) return [];

  const ranked = (Object.keys(ADVICE) as ScaledMeasure[])
    .map((key) => ({ key, score: scaled(combined, key) }))
    .filter(
      (entry): entry is { key: ScaledMeasure; score: number } =>
        entry.score !== null,
    )
    .sort((a, b) => a.score - b.score);
  const weak = ranked.filter((entry) => entry.score < ADVICE_BELOW);
  const chosen = weak.length >= 3 ? weak.slice(0, 5) : ranked.slice(0, 3);
  return chosen.map((entry) => ADVICE[entry.key](combined));
}
