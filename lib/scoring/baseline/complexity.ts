import { CONNECTIVES, SUBORDINATORS } from "./lexicon";
import type { Analysed, Language } from "./text";

export type Complexity = {
  meanSentenceLength: number;
  subordinatorsPerSentence: number;
  connectivesPerSentence: number;
};

/**
 * Sentence complexity: mean words per sentence, and how often a
 * subordinator or a discourse connective appears per sentence.
 */
export function measureComplexity(
  analysed: Analysed,
  language: Language,
): Complexity {
  const sentences = analysed.sentences.length;
  if (sentences === 0) {
    return {
      meanSentenceLength: 0,
      subordinatorsPerSentence: 0,
      connectivesPerSentence: 0,
    };
  }

  const tokens = analysed.sentences.flatMap((sentence) => sentence.tokens);
  const count = (words: ReadonlySet<string>) =>
    tokens.filter((token) => words.has(token.lower)).length;
  return {
    meanSentenceLength: tokens.length / sentences,
    subordinatorsPerSentence: count(SUBORDINATORS[language]) / sentences,
    connectivesPerSentence: count(CONNECTIVES[language]) / sentences,
  };
}
