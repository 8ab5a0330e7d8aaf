import type { Token } from "./text";

/** Window of the moving-average type-token ratio. */
export const DIVERSITY_WINDOW = 30;

/**
 * Lexical diversity as the moving-average type-token ratio: the share of
 * distinct words in every window of 30 words, averaged. Unlike a plain
 * ratio it does not fall just because a text is longer. Texts shorter
 * than one window get their plain ratio.
 */
export function movingTypeTokenRatio(tokens: Token[]): number {
  const words = tokens.map((token) => token.lower);
  if (words.length === 0) return 0;
  if (words.length <= DIVERSITY_WINDOW) {
    return new Set(words).size / words.length;
  }

  let total = 0;
  const windows = words.length - DIVERSITY_WINDOW + 1;
  for (let start = 0; start < windows; start++) {
    const window = words.slice(start, start + DIVERSITY_WINDOW);
    total += new Set(window).size / DIVERSITY_WINDOW;
  }
  return total / windows;
}
