import { describe, expect, it } from "vitest";

import { nestFields, reviewSchema } from "@/lib/results/schemas";

const base = {
  invitationId: "6f1c0a52-2d55-4d8f-9a0e-3f9cfb2b1a11",
  basedOnVersion: "3",
  overallLevel: "B2",
  overallScore: "7",
  improvements: "Link ideas.",
  "tasks.0.taskId": "t1",
  "tasks.0.level": "B2",
  "tasks.0.score": "7.04",
};

function fieldErrors(values: Record<string, string>) {
  const parsed = reviewSchema.safeParse(values);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => issue.path.join("."));
}

describe("the review form", () => {
  it("nests task fields and rounds scores to one decimal", () => {
    const parsed = reviewSchema.parse({
      ...base,
      "tasks.0.subScores.grammar": "6.25",
      "tasks.0.subScores.fluency": "",
    });
    expect(parsed.tasks).toEqual([
      {
        taskId: "t1",
        level: "B2",
        score: 7,
        subScores: { grammar: 6.3 },
        comment: "",
      },
    ]);
    expect(parsed.basedOnVersion).toBe(3);
  });

  it("names the field of each mistake the way the inputs are named", () => {
    expect(
      fieldErrors({
        ...base,
        "tasks.0.score": "",
        "tasks.0.subScores.vocabulary": "11",
        overallLevel: "D1",
      }),
    ).toEqual(
      expect.arrayContaining([
        "tasks.0.score",
        "tasks.0.subScores.vocabulary",
        "overallLevel",
      ]),
    );
  });

  it("asks for one to five improvements", () => {
    expect(fieldErrors({ ...base, improvements: " \n " })).toEqual([
      "improvements",
    ]);
    const six = "a\nb\nc\nd\ne\nf";
    expect(fieldErrors({ ...base, improvements: six })).toEqual([
      "improvements",
    ]);
  });

  it("ignores names that reach for prototypes or far array slots", () => {
    const nested = nestFields({
      "__proto__.polluted": "yes",
      "constructor.prototype.polluted": "yes",
      "tasks.100000.level": "B2",
      "tasks.0.level": "B1",
    }) as { tasks: unknown[] };
    expect(nested.tasks).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
