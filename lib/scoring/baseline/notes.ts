import type { TaskResponse } from "../types";
import { BASIC_RANK } from "./frequency";
import type { Measures } from "./measures";

export const percent = (share: number) => `${Math.round(share * 100)}%`;

function lengthNote(measures: Measures, response: TaskResponse): string {
  if (response.kind === "speaking") return `${measures.words} words spoken`;
  return (
    `${measures.words} words ` +
    `(asked for ${response.minWords}-${response.maxWords})`
  );
}

function spellingNote(measures: Measures): string {
  const share = `${percent(measures.misspelledShare)} of words misspelled`;
  const examples = measures.misspelledExamples.slice(0, 3);
  return examples.length ? `${share} (${examples.join(", ")})` : share;
}

/** Short, concrete observations on one answer. */
export function taskNotes(
  measures: Measures,
  response: TaskResponse,
): string[] {
  const notes = [
    lengthNote(measures, response),
    spellingNote(measures),
    `${percent(measures.advancedShare)} of words beyond the ` +
      `${BASIC_RANK.toLocaleString("en")} most common`,
    `${measures.meanSentenceLength.toFixed(1)} words per sentence, ` +
      `${measures.subordinatorsPerSentence.toFixed(1)} subordinate ` +
      "clauses per sentence",
    `Uses ${percent(measures.promptCoverage)} of the prompt's key words`,
  ];
  if (measures.wordsPerMinute !== null) {
    notes.push(`${Math.round(measures.wordsPerMinute)} words per minute`);
  }
  return notes;
}
