/**
 * How well the length fits the task, 0-1: full marks within the limits,
 * falling in proportion below the minimum, and gently above the maximum
 * (twice the maximum halves it).
 */
export function lengthFit(words: number, minWords: number, maxWords: number) {
  if (words < minWords) return minWords === 0 ? 1 : words / minWords;
  if (words <= maxWords) return 1;
  return Math.max(0, 1 - (words - maxWords) / (2 * maxWords));
}
