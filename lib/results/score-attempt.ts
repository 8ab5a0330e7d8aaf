import { scoreWith, type ScoreOptions } from "@/lib/results/record-scoring";
import { scorerFor } from "@/lib/scoring";
import type { Scorer } from "@/lib/scoring/types";

/** The "attempts.score" job: scores with the configured scorer. */
export function scoreAttempt(
  attemptId: string,
  scorer: Scorer = scorerFor(),
  options: ScoreOptions = {},
) {
  return scoreWith(attemptId, scorer, options);
}
