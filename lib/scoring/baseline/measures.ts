import type { TaskResponse } from "../types";
import { measureComplexity } from "./complexity";
import { movingTypeTokenRatio } from "./diversity";
import { advancedShare } from "./frequency";
import { slipsPerSentence } from "./grammar";
import { lengthFit } from "./length";
import { promptCoverage } from "./relevance";
import { misspelled, spellerFor } from "./spelling";
import { analyse, type Language } from "./text";
import { wordsPerMinute } from "./fluency";

/** Everything the baseline measures in one answer. */
export type Measures = {
  words: number;
  sentences: number;
  misspelledShare: number;
  misspelledExamples: string[];
  advancedShare: number;
  diversity: number;
  meanSentenceLength: number;
  subordinatorsPerSentence: number;
  connectivesPerSentence: number;
  slipsPerSentence: number;
  promptCoverage: number;
  /** Writing only: 0-1 against the task's word limits. */
  lengthFit: number | null;
  /** Transcribed speech with a known duration only. */
  wordsPerMinute: number | null;
};

export async function measureAnswer(
  response: TaskResponse,
  text: string,
  language: Language,
): Promise<Measures> {
  const analysed = analyse(text, language);
  const { tokens } = analysed;
  const speller = await spellerFor(language);
  const wrong = new Set(misspelled(speller, tokens, language));
  const spelled = tokens.filter((token) => !wrong.has(token));
  const spoken = response.kind === "speaking";

  return {
    words: tokens.length,
    sentences: analysed.sentences.length,
    misspelledShare: tokens.length ? wrong.size / tokens.length : 0,
    misspelledExamples: [...new Set([...wrong].map((t) => t.text))],
    advancedShare: advancedShare(language, spelled),
    diversity: movingTypeTokenRatio(tokens),
    ...measureComplexity(analysed, language),
    slipsPerSentence: slipsPerSentence(analysed, language, spoken),
    promptCoverage: promptCoverage(response.prompt, tokens, language),
    lengthFit: spoken
      ? null
      : lengthFit(tokens.length, response.minWords, response.maxWords),
    wordsPerMinute: spoken
      ? wordsPerMinute(tokens.length, response.durationSeconds)
      : null,
  };
}

function weightedMean(
  list: Measures[],
  pick: (m: Measures) => number | null,
): number | null {
  let total = 0;
  let words = 0;
  for (const measures of list) {
    const value = pick(measures);
    if (value === null) continue;
    total += value * Math.max(1, measures.words);
    words += Math.max(1, measures.words);
  }
  return words === 0 ? null : total / words;
}

/** The answers' measures merged, each weighted by its number of words. */
export function combineMeasures(list: Measures[]): Measures | null {
  if (list.length === 0) return null;

  const mean = (pick: (m: Measures) => number) => weightedMean(list, pick) ?? 0;
  return {
    words: list.reduce((sum, m) => sum + m.words, 0),
    sentences: list.reduce((sum, m) => sum + m.sentences, 0),
    misspelledShare: mean((m) => m.misspelledShare),
    misspelledExamples: list.flatMap((m) => m.misspelledExamples),
    advancedShare: mean((m) => m.advancedShare),
    diversity: mean((m) => m.diversity),
    meanSentenceLength: mean((m) => m.meanSentenceLength),
    subordinatorsPerSentence: mean((m) => m.subordinatorsPerSentence),
    connectivesPerSentence: mean((m) => m.connectivesPerSentence),
    slipsPerSentence: mean((m) => m.slipsPerSentence),
    promptCoverage: mean((m) => m.promptCoverage),
    lengthFit: weightedMean(list, (m) => m.lengthFit),
    wordsPerMinute: weightedMean(list, (m) => m.wordsPerMinute),
  };
}
