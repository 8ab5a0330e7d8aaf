import type { TemplateFieldIds } from "@/db/schema";
import type { LeverFeedbackTemplate } from "@/lib/lever/client";

export const TEMPLATE_NAME = "Hallo Language Assessment";

// What each field of our feedback form holds, in the order they are created.
const FIELDS = [
  {
    key: "rating",
    type: "score-system",
    text: "Overall rating",
    description: "Hallo's result against the rule's pass level.",
  },
  { key: "cefrLevel", type: "text", text: "CEFR level" },
  { key: "score", type: "text", text: "Overall score (0.0-10.0)" },
  { key: "subScores", type: "textarea", text: "Sub-scores" },
  { key: "summary", type: "textarea", text: "Summary" },
  { key: "reportLink", type: "text", text: "Detailed report" },
] as const;

export function templateDefinition() {
  return {
    text: TEMPLATE_NAME,
    instructions:
      "Filled in by Hallo when a candidate finishes a language assessment.",
    fields: FIELDS.map(({ type, text, ...rest }) => ({
      type,
      text,
      required: false,
      ...("description" in rest ? { description: rest.description } : {}),
    })),
  };
}

/**
 * Maps our field keys to the ids Lever gave the created template. Fields are
 * matched by their text, since Lever may reorder or add fields.
 */
export function templateFieldIds(
  template: LeverFeedbackTemplate,
): TemplateFieldIds {
  const ids: TemplateFieldIds = {};
  for (const field of FIELDS) {
    const created = template.fields.find((f) => f.text === field.text);
    if (!created) {
      throw new Error(`Lever's template has no "${field.text}" field`);
    }
    ids[field.key] = created.id;
  }
  return ids;
}
