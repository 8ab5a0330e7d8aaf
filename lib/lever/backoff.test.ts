import { describe, expect, it } from "vitest";

import { backoffDelay, retryAfterMs } from "./backoff";

const bounds = { minTimeoutMs: 100, maxTimeoutMs: 2000 };

describe("backoffDelay", () => {
  it("doubles its ceiling with each attempt", () => {
    const highest = [1, 2, 3, 4].map((attempt) =>
      backoffDelay(attempt, { ...bounds, random: () => 0.999999 }),
    );
    expect(highest).toEqual([100, 200, 400, 800]);
  });

  it("never waits longer than the maximum", () => {
    const late = backoffDelay(12, { ...bounds, random: () => 0.999999 });
    expect(late).toBe(2000);
  });

  it("jitters within the upper half of the ceiling", () => {
    expect(backoffDelay(3, { ...bounds, random: () => 0 })).toBe(200);
    for (let i = 0; i < 200; i++) {
      const delay = backoffDelay(3, { ...bounds, random: Math.random });
      expect(delay).toBeGreaterThanOrEqual(200);
      expect(delay).toBeLessThanOrEqual(400);
    }
  });
});

describe("retryAfterMs", () => {
  const now = Date.parse("2025-03-01T12:00:00Z");

  it("reads whole seconds", () => {
    expect(retryAfterMs("3", now)).toBe(3000);
    expect(retryAfterMs(" 0 ", now)).toBe(0);
  });

  it("reads an HTTP date relative to now", () => {
    expect(retryAfterMs("Sat, 01 Mar 2025 12:00:05 GMT", now)).toBe(5000);
    expect(retryAfterMs("Sat, 01 Mar 2025 11:59:00 GMT", new Date(now))).toBe(
      0,
    );
  });

  it("ignores a missing or unreadable header", () => {
    expect(retryAfterMs(null, now)).toBeNull();
    expect(retryAfterMs(undefined, now)).toBeNull();
    expect(retryAfterMs("", now)).toBeNull();
    expect(retryAfterMs("soon", now)).toBeNull();
    expect(retryAfterMs("-5", now)).toBeNull();
  });
});
