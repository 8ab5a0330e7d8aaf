const HOUR = 3_600_000;

// Clocks drift; a delivery a little ahead of ours is still Lever's.
const FUTURE_SKEW_MS = 5 * 60_000;

/**
 * Whether Lever's `triggeredAt` (ms) is recent enough: a replayed old
 * delivery is refused, and so is one dated well into the future.
 */
export function withinWindow(
  triggeredAt: number,
  now: number,
  maxAgeHours: number,
): boolean {
  const age = now - triggeredAt;
  return age <= maxAgeHours * HOUR && age >= -FUTURE_SKEW_MS;
}
