import { CEFR_LEVELS, type CefrLevel } from "@/lib/rules/schemas";

/** Lever's rating scale, best first; "4 - Strong Hire" and so on. */
export type RatingRank = 4 | 3 | 2 | 1;

/**
 * Maps a result to Lever's four-step rating against the rule's pass level:
 * a level above the bar is a strong hire, at the bar a hire, one below a
 * no hire, further below a strong no hire. Without a pass level there is
 * no verdict to give, so the result is null and the rating is left empty.
 */
export function ratingFor(
  level: CefrLevel,
  passLevel: CefrLevel | null,
): RatingRank | null {
  if (!passLevel) return null;

  const distance = CEFR_LEVELS.indexOf(level) - CEFR_LEVELS.indexOf(passLevel);
  if (distance >= 1) return 4;
  if (distance === 0) return 3;
  if (distance === -1) return 2;
  return 1;
}

/**
 * The option text in the account's rating field for a rank. Lever fills the
 * options in; they start with the rank's digit ("3 - Hire"), and when one
 * does not, the options are taken as ordered best to worst.
 */
export function ratingOption(
  options: string[],
  rank: RatingRank,
): string | null {
  const byDigit = options.find((option) =>
    option.trim().startsWith(String(rank)),
  );
  return byDigit ?? options[4 - rank] ?? null;
}

export function passes(level: CefrLevel, passLevel: CefrLevel | null): boolean {
  return (
    passLevel === null ||
    CEFR_LEVELS.indexOf(level) >= CEFR_LEVELS.indexOf(passLevel)
  );
}
