import { describe, expect, it } from "vitest";

import { passes, ratingFor, ratingOption } from "@/lib/rules/rating";

const LEVER_OPTIONS = [
  "4 - Strong Hire",
  "3 - Hire",
  "2 - No Hire",
  "1 - Strong No Hire",
];

describe("ratingFor", () => {
  it.each([
    ["C1", "B2", 4],
    ["C2", "B2", 4],
    ["B2", "B2", 3],
    ["B1", "B2", 2],
    ["A2", "B2", 1],
    ["A1", "C2", 1],
  ] as const)("rates %s against a %s bar as %i", (level, pass, rank) => {
    expect(ratingFor(level, pass)).toBe(rank);
  });

  it("gives no verdict without a pass level", () => {
    expect(ratingFor("C2", null)).toBeNull();
  });
});

describe("ratingOption", () => {
  it("picks the option that starts with the rank", () => {
    expect(ratingOption(LEVER_OPTIONS, 3)).toBe("3 - Hire");
    expect(ratingOption([...LEVER_OPTIONS].reverse(), 4)).toBe(
      "4 - Strong Hire",
    );
  });

  it("falls back to best-to-worst order for unnumbered options", () => {
    expect(ratingOption(["Excellent", "Good", "Weak", "Poor"], 2)).toBe("Weak");
    expect(ratingOption([], 2)).toBeNull();
  });
});

describe("passes", () => {
  it("passes at or above the bar, and always without one", () => {
    expect(passes("B2", "B2")).toBe(true);
    expect(passes("B1", "B2")).toBe(false);
    expect(passes("A1", null)).toBe(true);
  });
});
