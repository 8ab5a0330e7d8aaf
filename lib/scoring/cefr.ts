import { CEFR_LEVELS, type CefrLevel } from "@/lib/assessments/schemas";

/**
 * The one table from a 0-10 score to a CEFR level: each level starts at
 * its lower bound. Both scorers and the per-task levels use it. The
 * upper bands are narrower because the measures saturate near the top.
 */
export const CEFR_BANDS: readonly { level: CefrLevel; from: number }[] = [
  { level: "A1", from: 0 },
  { level: "A2", from: 2.5 },
  { level: "B1", from: 5 },
  { level: "B2", from: 6.5 },
  { level: "C1", from: 7.5 },
  { level: "C2", from: 9 },
];

export function levelForScore(score: number): CefrLevel {
  const band = CEFR_BANDS.findLast((candidate) => score >= candidate.from);
  return band?.level ?? "A1";
}

export function levelIndex(level: CefrLevel): number {
  return CEFR_LEVELS.indexOf(level);
}

/** 0.0-10.0 with one decimal. */
export function roundScore(value: number): number {
  const clamped = Math.min(10, Math.max(0, value));
  return Math.round(clamped * 10) / 10;
}
