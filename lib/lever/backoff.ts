export type BackoffOptions = {
  minTimeoutMs: number;
  maxTimeoutMs: number;
  /** A number in [0, 1); Math.random in production, fixed in tests. */
  random: () => number;
};

/**
 * Wait before retry number `attempt` (1-based): doubling from the minimum,
 * capped, then jittered into the upper half so that many clients that
 * failed together do not retry together.
 */
export function backoffDelay(attempt: number, options: BackoffOptions): number {
  const exponent = Math.max(0, attempt - 1);
  const ceiling = Math.min(
    options.maxTimeoutMs,
    options.minTimeoutMs * 2 ** exponent,
  );
  const half = ceiling / 2;
  return Math.round(half + options.random() * half);
}

/**
 * Milliseconds to wait from a Retry-After header, given as seconds or as
 * an HTTP date; null when there is no usable header.
 */
export function retryAfterMs(
  header: string | null | undefined,
  now: Date | number = Date.now(),
): number | null {
  const value = header?.trim();
  if (!value) return null;

  if (/^\d+$/.test(value)) return Number(value) * 1000;

  // An HTTP date always names its day and month; bare numbers are not dates.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - Number(now));
}
