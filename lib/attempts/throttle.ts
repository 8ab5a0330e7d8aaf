import { RateLimiterDrizzle, RateLimiterRes } from "rate-limiter-flexible";

import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import { hashLinkToken } from "@/lib/security/tokens";

// The candidate's page calls the API a few times a minute (a save every
// 10 s while writing, webcam snapshots, signals). Far above that, a link
// that leaked or a broken client is stopped before it fills the storage.
export const CANDIDATE_REQUESTS_PER_MINUTE = 120;

let limiter: InstanceType<typeof RateLimiterDrizzle> | undefined;

function candidateLimiter() {
  limiter ??= new RateLimiterDrizzle({
    storeClient: db(),
    schema: rateLimits,
    keyPrefix: "candidate:link",
    points: CANDIDATE_REQUESTS_PER_MINUTE,
    duration: 60,
    // The maintenance job purges expired rows; no timers in web processes.
    clearExpiredByTimeout: false,
  });
  return limiter;
}

/**
 * Counts one request on a candidate link: null while the link is within
 * its budget, else the seconds to wait. Keyed by the token's hash, never
 * the token, which is a secret and is not stored anywhere.
 */
export async function candidateThrottle(token: string): Promise<number | null> {
  try {
    await candidateLimiter().consume(hashLinkToken(token));
    return null;
  } catch (reason) {
    if (reason instanceof RateLimiterRes) {
      return Math.max(1, Math.ceil(reason.msBeforeNext / 1000));
    }
    throw reason;
  }
}
