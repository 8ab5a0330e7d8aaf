import { RateLimiterDrizzle, type RateLimiterRes } from "rate-limiter-flexible";

import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";

const WINDOW_SECONDS = 15 * 60;

// Per account: a handful of wrong passwords pauses that account only.
// Per address: a higher ceiling stops one source from walking through
// many accounts without locking out an office behind one NAT.
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 30;

type Limiter = InstanceType<typeof RateLimiterDrizzle>;

let limiters: { account: Limiter; address: Limiter } | undefined;

function getLimiters() {
  const make = (keyPrefix: string, points: number): Limiter =>
    new RateLimiterDrizzle({
      storeClient: db(),
      schema: rateLimits,
      keyPrefix,
      points,
      duration: WINDOW_SECONDS,
      blockDuration: WINDOW_SECONDS,
      // The maintenance job purges expired rows; no timers in web processes.
      clearExpiredByTimeout: false,
    });

  limiters ??= {
    account: make("sign-in:account", ACCOUNT_LIMIT),
    address: make("sign-in:address", ADDRESS_LIMIT),
  };
  return limiters;
}

export type ThrottleState =
  { throttled: false } | { throttled: true; retryAfterSeconds: number };

/** Whether sign-in for this email, from this address, is paused. */
export async function signInThrottle(
  email: string,
  address: string,
): Promise<ThrottleState> {
  const { account, address: byAddress } = getLimiters();
  const [forAccount, forAddress] = await Promise.all([
    account.get(email),
    byAddress.get(address),
  ]);

  const waits = [
    exhausted(forAccount, ACCOUNT_LIMIT),
    exhausted(forAddress, ADDRESS_LIMIT),
  ].filter((ms): ms is number => ms !== null);
  if (waits.length === 0) return { throttled: false };

  return {
    throttled: true,
    retryAfterSeconds: Math.ceil(Math.max(...waits) / 1000),
  };
}

function exhausted(res: RateLimiterRes | null, limit: number): number | null {
  if (!res || res.consumedPoints < limit) return null;
  return Math.max(res.msBeforeNext, 1000);
}

export async function recordFailedSignIn(email: string, address: string) {
  const { account, address: byAddress } = getLimiters();

  // consume() rejects once the limit is passed; the rejection is the signal
  // we read later through get(), so it is not an error here.
  await Promise.all([
    account.consume(email).catch(ignoreLimit),
    byAddress.consume(address).catch(ignoreLimit),
  ]);
}

export async function recordSuccessfulSignIn(email: string) {
  await getLimiters().account.delete(email);
}

function ignoreLimit(reason: unknown) {
  if (reason instanceof Error) throw reason;
}

export function describeWait(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}
