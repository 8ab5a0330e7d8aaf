import { describe, expect, it } from "vitest";

import { ruleFormSchema } from "@/lib/rules/schemas";
import {
  DUPLICATE_RULE,
  findDuplicate,
  ruleProblems,
} from "@/lib/rules/validation";

const ASSESSMENT = "5b0c2c53-7a39-4b57-9d1e-4f7b0b9c1a11";

function form(overrides: Record<string, string> = {}) {
  return ruleFormSchema.parse({
    postingId: "posting-1",
    postingName: "Warehouse Team Lead",
    stageId: "stage-language",
    stageName: "Language Assessment",
    assessmentId: ASSESSMENT,
    ...overrides,
  });
}

describe("rule form", () => {
  it("reads checkboxes and empty choices as the browser sends them", () => {
    const rule = form({
      tagOnInvite: "true",
      passLevel: "",
      completionStageId: "",
    });

    expect(rule.tagOnInvite).toBe(true);
    expect(rule.tagOnComplete).toBe(false);
    expect(rule.passLevel).toBeNull();
    expect(rule.completionStageId).toBeNull();
  });

  it("names the missing picker", () => {
    const result = ruleFormSchema.safeParse({
      postingId: "",
      stageId: "",
      assessmentId: "x",
    });

    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(
      expect.arrayContaining(["postingId", "stageId", "assessmentId"]),
    );
  });

  it("refuses a level outside CEFR", () => {
    expect(
      ruleFormSchema.safeParse({ ...form(), passLevel: "D1" }).success,
    ).toBe(false);
  });
});

describe("ruleProblems", () => {
  it("accepts a plain rule", () => {
    expect(ruleProblems(form())).toEqual({});
  });

  it("refuses moving candidates to the stage that invites them", () => {
    const problems = ruleProblems(
      form({ completionStageId: "stage-language" }),
    );
    expect(problems.completionStageId?.[0]).toMatch(/different stage/);
  });

  it("needs a pass level and a stage to move only passing candidates", () => {
    const problems = ruleProblems(
      form({ completionStageOnlyIfPassed: "true" }),
    );

    expect(problems.passLevel?.[0]).toMatch(/pass level/);
    expect(problems.completionStageId?.[0]).toMatch(/stage to move/);
  });
});

describe("findDuplicate", () => {
  const existing = [
    { id: "r1", postingId: "p1", stageId: "s1", assessmentId: "a1" },
    { id: "r2", postingId: null, stageId: "s1", assessmentId: "a1" },
  ];

  it("finds the same posting, stage and assessment", () => {
    expect(
      findDuplicate(existing, {
        postingId: "p1",
        stageId: "s1",
        assessmentId: "a1",
      })?.id,
    ).toBe("r1");
    expect(
      findDuplicate(existing, {
        postingId: null,
        stageId: "s1",
        assessmentId: "a1",
      })?.id,
    ).toBe("r2");
  });

  it("allows other stages, other assessments, and the rule itself", () => {
    expect(
      findDuplicate(existing, {
        postingId: "p1",
        stageId: "s2",
        assessmentId: "a1",
      }),
    ).toBeUndefined();
    expect(
      findDuplicate(existing, {
        postingId: "p1",
        stageId: "s1",
        assessmentId: "a2",
      }),
    ).toBeUndefined();
    expect(
      findDuplicate(
        existing,
        { postingId: "p1", stageId: "s1", assessmentId: "a1" },
        "r1",
      ),
    ).toBeUndefined();
  });

  it("explains the refusal", () => {
    expect(DUPLICATE_RULE).toMatch(/already have a rule/);
  });
});
