import { describe, expect, it } from "vitest";

import {
  feedbackFieldValues,
  isOurForm,
  referenceLine,
  type FormInput,
} from "@/lib/feedback/form";

const FIELDS = {
  rating: "f-rating",
  cefrLevel: "f-level",
  score: "f-score",
  subScores: "f-subs",
  summary: "f-summary",
  reportLink: "f-link",
};

const OPTIONS = [
  "4 - Strong Hire",
  "3 - Hire",
  "2 - No Hire",
  "1 - Strong No Hire",
];

function input(values: Partial<FormInput> = {}): FormInput {
  return {
    invitationId: "inv-1",
    assessmentName: "Front desk English",
    fieldIds: FIELDS,
    ratingOptions: OPTIONS,
    passLevel: "B1",
    result: {
      overallLevel: "B1",
      overallScore: 6.04,
      subScores: { grammar: 6, vocabulary: 6.5 },
      confidence: 0.72,
      scorerName: "baseline",
      reviewed: false,
    },
    integrity: { tabSwitches: 2, pastes: 0, missingSnapshots: 0, snapshots: 9 },
    reportUrl: "https://hallo.example/r/token",
    ...values,
  };
}

const valueOf = (values: { id: string; value: string }[], id: string) =>
  values.find((v) => v.id === id)?.value;

describe("the feedback form's values", () => {
  it("fills every field by its template id, with the rating option's exact text", () => {
    const values = feedbackFieldValues(input());

    expect(valueOf(values, "f-rating")).toBe("3 - Hire");
    expect(valueOf(values, "f-level")).toBe("B1");
    expect(valueOf(values, "f-score")).toBe("6.0 / 10");
    expect(valueOf(values, "f-subs")).toBe(
      "Grammar: 6.0 / 10\nVocabulary: 6.5 / 10",
    );
    expect(valueOf(values, "f-link")).toBe("https://hallo.example/r/token");
    expect(valueOf(values, "f-summary")).toContain("Meets the pass level B1.");
    expect(valueOf(values, "f-summary")).toContain(
      "2 times away from the test",
    );
    expect(valueOf(values, "f-summary")).toContain(referenceLine("inv-1"));
  });

  it("names the bar it measured against", () => {
    const values = feedbackFieldValues(
      input({ passLevel: "B2", barLabel: "target level" }),
    );
    expect(valueOf(values, "f-summary")).toContain(
      "Below the target level B2.",
    );
    expect(valueOf(values, "f-rating")).toBe("2 - No Hire");
  });

  it("leaves the rating out without a bar or rating options", () => {
    expect(
      valueOf(feedbackFieldValues(input({ passLevel: null })), "f-rating"),
    ).toBeUndefined();
    expect(
      valueOf(feedbackFieldValues(input({ ratingOptions: [] })), "f-rating"),
    ).toBeUndefined();
  });

  it("recognises its own form by template and reference, and no other", () => {
    const form = (templateId: string, summary: string) => ({
      id: "form",
      baseTemplateId: templateId,
      fields: [{ id: "f-summary", value: summary }],
      completedAt: null,
      createdAt: null,
    });

    expect(isOurForm(form("t-1", referenceLine("inv-1")), "t-1", "inv-1")).toBe(
      true,
    );
    expect(isOurForm(form("t-1", referenceLine("inv-2")), "t-1", "inv-1")).toBe(
      false,
    );
    expect(isOurForm(form("t-9", referenceLine("inv-1")), "t-1", "inv-1")).toBe(
      false,
    );
  });
});
