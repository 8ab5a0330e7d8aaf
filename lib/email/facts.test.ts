import { describe, expect, it } from "vitest";

import type { AssessmentTask } from "@/db/schema";
import { copyLocale } from "@/lib/email/copy";
import { assessmentSeconds } from "@/lib/assessments/format";

describe("assessmentSeconds", () => {
  it("adds preparation and answer time of speaking tasks to writing limits", () => {
    const tasks: AssessmentTask[] = [
      {
        id: "a",
        kind: "speaking",
        prompt: "Introduce yourself.",
        preparationSeconds: 30,
        maxAnswerSeconds: 90,
      },
      {
        id: "b",
        kind: "writing",
        prompt: "Reply to a guest.",
        minWords: 50,
        maxWords: 120,
        timeLimitSeconds: 600,
      },
    ];

    expect(assessmentSeconds(tasks)).toBe(720);
    expect(assessmentSeconds([])).toBe(0);
  });
});

describe("copyLocale", () => {
  it("keeps the regional tag of a language that has a wording", () => {
    expect(copyLocale("es-MX")).toBe("es-MX");
    expect(copyLocale("de")).toBe("de");
    expect(copyLocale("fr-CA")).toBe("fr-CA");
  });

  it("writes in English for every other language", () => {
    expect(copyLocale("pt-BR")).toBe("en");
    expect(copyLocale("")).toBe("en");
    expect(copyLocale("???")).toBe("en");
  });
});
