import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import {
  ACCOUNT_LIMIT,
  ADDRESS_LIMIT,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  signInThrottle,
} from "@/lib/auth/throttle";
import { uniqueEmail } from "@/lib/testing/factories";

const address = () => `203.0.113.${randomUUID()}`;

async function fail(email: string, from: string, times: number) {
  for (let i = 0; i < times; i += 1) await recordFailedSignIn(email, from);
}

describe("sign-in throttling", () => {
  it("pauses an account after repeated failures, from any address", async () => {
    const email = uniqueEmail();

    await fail(email, address(), ACCOUNT_LIMIT - 1);
    expect(await signInThrottle(email, address())).toEqual({
      throttled: false,
    });

    await fail(email, address(), 1);
    const state = await signInThrottle(email, address());
    expect(state.throttled).toBe(true);
    if (state.throttled) {
      expect(state.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(state.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
  });

  it("forgets failures after a successful sign-in", async () => {
    const email = uniqueEmail();
    const from = address();

    await fail(email, from, ACCOUNT_LIMIT - 1);
    await recordSuccessfulSignIn(email);
    await fail(email, from, ACCOUNT_LIMIT - 1);

    expect(await signInThrottle(email, from)).toEqual({ throttled: false });
  });

  it("pauses an address that tries many accounts", async () => {
    const from = address();
    for (let i = 0; i < ADDRESS_LIMIT; i += 1) {
      await recordFailedSignIn(uniqueEmail(), from);
    }

    const fresh = uniqueEmail();
    expect((await signInThrottle(fresh, from)).throttled).toBe(true);
    expect((await signInThrottle(fresh, address())).throttled).toBe(false);
  });
});
