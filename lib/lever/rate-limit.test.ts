import { afterEach, describe, expect, it } from "vitest";

import { resetRequestBuckets, takeRequestToken } from "./rate-limit";

afterEach(() => resetRequestBuckets());

async function timeTaken(action: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await action();
  return performance.now() - start;
}

function takeMany(key: string, count: number) {
  return Promise.all(
    Array.from({ length: count }, () => takeRequestToken(key)),
  );
}

describe("the per-account request budget", () => {
  it("lets a burst of 10 through at once", async () => {
    expect(await timeTaken(() => takeMany("account-a", 10))).toBeLessThan(50);
  });

  it("makes the 11th immediate request wait about 105 ms", async () => {
    await takeMany("account-a", 10);

    const waited = await timeTaken(() => takeRequestToken("account-a"));
    expect(waited).toBeGreaterThanOrEqual(80);
    expect(waited).toBeLessThan(400);
  });

  it("keeps accounts independent", async () => {
    await takeMany("account-a", 10);

    expect(await timeTaken(() => takeMany("account-b", 10))).toBeLessThan(50);
  });

  it("settles at 9.5 requests a second after the burst", async () => {
    await takeMany("account-a", 10);

    const waited = await timeTaken(() => takeMany("account-a", 5));
    expect(waited).toBeGreaterThanOrEqual(450);
    expect(waited).toBeLessThan(1000);
  });
});
