import { describe, expect, it } from "vitest";

import {
  assessmentFormSchema,
  assessmentSchema,
  canonicalLanguage,
} from "@/lib/assessments/schemas";
import { assignTaskIds } from "@/lib/assessments/task-ids";

const speaking = {
  kind: "speaking",
  prompt: "Greet a guest who arrives late at night.",
  preparationSeconds: 30,
  maxAnswerSeconds: 90,
};

const writing = {
  kind: "writing",
  prompt: "Write an email confirming a booking.",
  minWords: 80,
  maxWords: 150,
  timeLimitSeconds: 900,
};

const valid = {
  name: "Front desk English",
  language: "en-gb",
  targetLevel: "B2",
  validityDays: "7",
  tasks: [speaking, writing],
};

function issuesOf(input: unknown) {
  const result = assessmentSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(
    result.error.issues.map((issue) => [issue.path.join("."), issue.message]),
  );
}

describe("assessment validation", () => {
  it("accepts a complete assessment and canonicalizes its language", () => {
    const parsed = assessmentSchema.parse(valid);

    expect(parsed.language).toBe("en-GB");
    expect(parsed.validityDays).toBe(7);
    expect(parsed.description).toBe("");
    expect(parsed.tasks.map((task) => task.kind)).toEqual([
      "speaking",
      "writing",
    ]);
  });

  it("accepts real BCP 47 tags and refuses anything else", () => {
    expect(canonicalLanguage("es")).toBe("es");
    expect(canonicalLanguage("zh-hant-tw")).toBe("zh-Hant-TW");
    expect(canonicalLanguage("english")).toBeNull();
    expect(canonicalLanguage("en_GB")).toBeNull();
    expect(issuesOf({ ...valid, language: "" })).toHaveProperty("language");
  });

  it("bounds the name, description, level and validity", () => {
    const issues = issuesOf({
      ...valid,
      name: "x",
      description: "d".repeat(501),
      targetLevel: "D1",
      validityDays: "61",
    });

    expect(Object.keys(issues).sort()).toEqual([
      "description",
      "name",
      "targetLevel",
      "validityDays",
    ]);
    expect(issuesOf({ ...valid, validityDays: "" })).toHaveProperty(
      "validityDays",
    );
  });

  it("needs between 1 and 12 tasks", () => {
    expect(issuesOf({ ...valid, tasks: [] })).toHaveProperty("tasks");
    expect(
      issuesOf({ ...valid, tasks: Array.from({ length: 13 }, () => speaking) }),
    ).toHaveProperty("tasks");
  });

  it("bounds speaking timings and prompt length", () => {
    const issues = issuesOf({
      ...valid,
      tasks: [
        { ...speaking, prompt: "Too short", preparationSeconds: 301 },
        { ...speaking, maxAnswerSeconds: 14 },
        { ...speaking, prompt: "p".repeat(2001), maxAnswerSeconds: 601 },
      ],
    });

    expect(Object.keys(issues).sort()).toEqual([
      "tasks.0.preparationSeconds",
      "tasks.0.prompt",
      "tasks.1.maxAnswerSeconds",
      "tasks.2.maxAnswerSeconds",
      "tasks.2.prompt",
    ]);
  });

  it("keeps writing limits consistent", () => {
    const issues = issuesOf({
      ...valid,
      tasks: [
        { ...writing, minWords: 9 },
        { ...writing, minWords: 200, maxWords: 100 },
        { ...writing, maxWords: 2001, timeLimitSeconds: 59 },
        { ...writing, timeLimitSeconds: 7201 },
      ],
    });

    expect(Object.keys(issues).sort()).toEqual([
      "tasks.0.minWords",
      "tasks.1.maxWords",
      "tasks.2.maxWords",
      "tasks.2.timeLimitSeconds",
      "tasks.3.timeLimitSeconds",
    ]);
    expect(issues["tasks.1.maxWords"]).toMatch(/at least the minimum/);
  });

  it("refuses an unknown task kind", () => {
    const issues = issuesOf({ ...valid, tasks: [{ ...speaking, kind: "x" }] });

    expect(Object.keys(issues)).toEqual(["tasks.0.kind"]);
  });

  it("reads the form's tasks from one JSON field", () => {
    const form = { ...valid, tasks: JSON.stringify([{ ...speaking }]) };

    expect(assessmentFormSchema.parse(form).tasks).toHaveLength(1);
    const garbled = assessmentFormSchema.safeParse({ ...form, tasks: "[" });
    expect(garbled.success).toBe(false);
    const short = assessmentFormSchema.safeParse({
      ...form,
      tasks: JSON.stringify([speaking, { ...writing, prompt: "short" }]),
    });
    expect(short.error?.issues[0]?.path).toEqual(["tasks", 1, "prompt"]);
  });
});

describe("task ids", () => {
  it("keeps known ids and replaces unknown or repeated ones", () => {
    const known = crypto.randomUUID();
    const stranger = crypto.randomUUID();
    const tasks = assessmentSchema.parse({
      ...valid,
      tasks: [
        { ...speaking, id: known },
        { ...writing, id: known },
        { ...writing, id: stranger },
        speaking,
      ],
    }).tasks;

    const ids = assignTaskIds(tasks, new Set([known])).map((task) => task.id);

    expect(ids[0]).toBe(known);
    expect(new Set(ids).size).toBe(4);
    expect(ids).not.toContain(stranger);
  });
});
