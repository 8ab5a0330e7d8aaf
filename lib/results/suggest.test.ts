import { describe, expect, it } from "vitest";

import { suggestOverall } from "@/lib/results/suggest";

describe("the suggested overall result", () => {
  it("averages the task scores and levels", () => {
    expect(
      suggestOverall([
        { level: "B1", score: 5 },
        { level: "B2", score: 6.4 },
        { level: "C1", score: 8 },
      ]),
    ).toEqual({ level: "B2", score: 6.5 });
  });

  it("waits until every task is scored", () => {
    expect(
      suggestOverall([
        { level: "B1", score: 5 },
        { level: null, score: null },
      ]),
    ).toBeNull();
    expect(suggestOverall([])).toBeNull();
  });
});
