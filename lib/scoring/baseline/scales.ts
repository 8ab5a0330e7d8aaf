import type { SubSkill } from "../types";
import type { Measures } from "./measures";

type Scaled = Exclude<
  keyof Measures,
  "words" | "sentences" | "misspelledExamples"
>;

/**
 * Where each measure earns 0 and where it earns 10, linear in between and
 * clamped. Error rates run the other way (more errors, lower score). The
 * anchors were set on the fixture texts in this folder.
 */
export const ANCHORS: Record<Scaled, { zero: number; ten: number }> = {
  advancedShare: { zero: 0.08, ten: 0.36 },
  diversity: { zero: 0.6, ten: 0.98 },
  misspelledShare: { zero: 0.15, ten: 0 },
  meanSentenceLength: { zero: 4, ten: 22 },
  subordinatorsPerSentence: { zero: 0, ten: 1.2 },
  connectivesPerSentence: { zero: 0, ten: 1 },
  slipsPerSentence: { zero: 0.6, ten: 0 },
  promptCoverage: { zero: 0, ten: 0.6 },
  lengthFit: { zero: 0, ten: 1 },
  wordsPerMinute: { zero: 40, ten: 150 },
};

/** Which measures make up each sub-score, and their weights. */
export const SUB_SKILL_MEASURES: Partial<
  Record<SubSkill, Partial<Record<Scaled, number>>>
> = {
  grammar: {
    slipsPerSentence: 0.3,
    meanSentenceLength: 0.35,
    subordinatorsPerSentence: 0.35,
  },
  vocabulary: { advancedShare: 0.45, diversity: 0.35, misspelledShare: 0.2 },
  coherence: {
    connectivesPerSentence: 0.4,
    promptCoverage: 0.3,
    lengthFit: 0.3,
  },
  fluency: { wordsPerMinute: 1 },
};

/** A measure on the 0-10 scale, or null when it was not measured. */
export function scaled(measures: Measures, key: Scaled): number | null {
  const value = measures[key];
  if (value === null) return null;

  const { zero, ten } = ANCHORS[key];
  const position = (value - zero) / (ten - zero);
  return Math.min(10, Math.max(0, position * 10));
}

export type ScaledMeasure = Scaled;

/** Weighted mean of the measured parts; null when none was measured. */
export function subScore(measures: Measures, skill: SubSkill): number | null {
  let total = 0;
  let weights = 0;
  for (const [key, weight] of Object.entries(SUB_SKILL_MEASURES[skill] ?? {})) {
    const value = scaled(measures, key as Scaled);
    if (value === null) continue;
    total += value * weight;
    weights += weight;
  }
  return weights === 0 ? null : total / weights;
}
