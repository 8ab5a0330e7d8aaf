import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { LeverClient, type RetryEvent } from "./client";
import { exchangeCode } from "./oauth";
import {
  apiRequestCount,
  authorizeAsSuperAdmin,
  MemoryTokenSource,
  REDIRECT_URI,
  startTestLever,
  type TestLever,
} from "@/lib/testing/lever-simulator";

// This file runs its own simulator with Lever's rate limit switched on.
let lever: TestLever;
let tokens: MemoryTokenSource;

beforeAll(async () => {
  lever = await startTestLever({ rateLimit: true });
  const code = await authorizeAsSuperAdmin(lever);
  const granted = await exchangeCode(lever.settings, {
    code,
    redirectUri: REDIRECT_URI,
  });
  tokens = new MemoryTokenSource(lever.settings, granted);
});

afterAll(async () => {
  await lever.sim.close();
});

describe("a burst of calls against Lever's rate limit", () => {
  it("completes 200 calls with only a handful of 429s", async () => {
    const retries: RetryEvent[] = [];
    const client = new LeverClient({
      apiBaseUrl: lever.settings.apiBaseUrl,
      accountKey: "burst-account",
      tokens,
      retry: { retries: 8, minTimeoutMs: 50, maxTimeoutMs: 2000 },
      onRetry: (event) => retries.push(event),
    });
    const before = apiRequestCount(lever.sim);

    const results = await Promise.all(
      Array.from({ length: 200 }, () => client.listStages()),
    );

    const tooMany = retries.filter((r) => r.status === 429).length;
    expect(results.every((stages) => stages.length > 0)).toBe(true);
    expect(tooMany).toBe(retries.length);
    expect(tooMany).toBeLessThanOrEqual(20);
    expect(apiRequestCount(lever.sim) - before).toBe(200 + tooMany);
  }, 60_000);
});
