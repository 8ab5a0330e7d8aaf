import type { FeedbackTemplate, FieldValue, TemplateField } from "../types";

/**
 * True when the values fit the template: known field ids, each once,
 * values of the right type, and exactly one valid overall rating.
 */
export function fieldValuesFit(
  template: FeedbackTemplate,
  values: FieldValue[],
): boolean {
  const ids = values.map((v) => v.id);
  if (new Set(ids).size !== ids.length) return false;

  const fieldById = new Map(template.fields.map((f) => [f.id, f]));
  const allKnownAndValid = values.every((v) => {
    const field = fieldById.get(v.id);
    return field !== undefined && valueFits(field, v.value);
  });
  if (!allKnownAndValid) return false;

  const rating = template.fields.find((f) => f.type === "score-system");
  return !rating || values.some((v) => v.id === rating.id && v.value !== null);
}

const isOneOf = (field: TemplateField, value: unknown) =>
  typeof value === "string" &&
  (field.options ?? []).some((o) => o.text === value);

const isThumbs = (value: unknown) =>
  typeof value === "number" &&
  Number.isInteger(value) &&
  value >= 1 &&
  value <= 4;

function valueFits(field: TemplateField, value: unknown): boolean {
  switch (field.type) {
    case "score-system":
      return isOneOf(field, value);
    case "dropdown":
    case "multiple-choice":
      return value === null || isOneOf(field, value);
    case "multiple-select":
      return Array.isArray(value) && value.every((v) => isOneOf(field, v));
    case "score":
      return value === null || isThumbs(value);
    case "scorecard":
      return scorecardFits(field, value);
    case "yes-no":
      return value === null || value === "yes" || value === "no";
    case "date":
    case "currency":
      return typeof value === "number" && Number.isFinite(value);
    default:
      return typeof value === "string";
  }
}

function scorecardFits(field: TemplateField, value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  if (value.length !== (field.scores ?? []).length) return false;
  return value.every((entry: unknown) => {
    if (typeof entry !== "object" || entry === null) return false;
    const { score, comment } = entry as { score?: unknown; comment?: unknown };
    return (
      isThumbs(score) && (comment === undefined || typeof comment === "string")
    );
  });
}
