import type { SubScores, TemplateFieldIds } from "@/db/schema";
import type { LeverFeedbackForm } from "@/lib/lever/client";
import { passes, ratingFor, ratingOption } from "@/lib/rules/rating";
import type { CefrLevel } from "@/lib/rules/schemas";

export type FormResult = {
  overallLevel: CefrLevel | null;
  overallScore: number | null;
  subScores: SubScores;
  confidence: number;
  scorerName: string;
  reviewed: boolean;
};

export type FormIntegrity = {
  tabSwitches: number;
  pastes: number;
  missingSnapshots: number;
  snapshots: number;
};

export type FormInput = {
  invitationId: string;
  assessmentName: string;
  fieldIds: TemplateFieldIds;
  /** The rating field's option texts, as Lever filled them in. */
  ratingOptions: string[];
  /** The level the rating is measured against, and what it is called. */
  passLevel: CefrLevel | null;
  barLabel?: string;
  result: FormResult;
  integrity: FormIntegrity;
  reportUrl: string;
};

export type FieldValue = { id: string; value: string };

const SUB_SKILL_NAMES: Record<string, string> = {
  fluency: "Fluency",
  pronunciation: "Pronunciation",
  grammar: "Grammar",
  vocabulary: "Vocabulary",
  coherence: "Coherence",
};

/**
 * Marks a form as ours for one invitation. Lever has no idempotency key,
 * so after a timeout this line is how a form we did post is recognised.
 */
export function referenceLine(invitationId: string): string {
  return `Hallo reference: ${invitationId}`;
}

/**
 * The values of our feedback form, addressed by the template's field ids
 * (never by field type: Lever's own documents disagree on the types).
 * The rating is left out when the rule has no pass level or Lever gave
 * the field no options to choose from.
 */
export function feedbackFieldValues(input: FormInput): FieldValue[] {
  const { fieldIds, result } = input;
  const values: [string | undefined, string | null][] = [
    [fieldIds.rating, rating(input)],
    [fieldIds.cefrLevel, result.overallLevel],
    [fieldIds.score, formatScore(result.overallScore)],
    [fieldIds.subScores, subScoreLines(result.subScores)],
    [fieldIds.summary, summary(input)],
    [fieldIds.reportLink, input.reportUrl],
  ];
  return values.flatMap(([id, value]) =>
    id && value !== null ? [{ id, value }] : [],
  );
}

function rating({ result, passLevel, ratingOptions }: FormInput) {
  if (!result.overallLevel) return null;
  const rank = ratingFor(result.overallLevel, passLevel);
  return rank === null ? null : ratingOption(ratingOptions, rank);
}

function formatScore(score: number | null): string | null {
  return score === null ? null : `${score.toFixed(1)} / 10`;
}

function subScoreLines(subScores: SubScores): string {
  const lines = Object.entries(subScores).map(
    ([skill, score]) =>
      `${SUB_SKILL_NAMES[skill] ?? skill}: ${(score ?? 0).toFixed(1)} / 10`,
  );
  return lines.length ? lines.join("\n") : "No sub-scores were measured.";
}

function summary(input: FormInput): string {
  const { result, passLevel, integrity } = input;
  const bar = input.barLabel ?? "pass level";
  const level = result.overallLevel ?? "no level";
  const verdict =
    passLevel && result.overallLevel
      ? passes(result.overallLevel, passLevel)
        ? ` Meets the ${bar} ${passLevel}.`
        : ` Below the ${bar} ${passLevel}.`
      : "";
  const scorer = result.reviewed
    ? `${result.scorerName}, checked by a reviewer`
    : result.scorerName;

  return [
    `${input.assessmentName}: ${level}, ${formatScore(result.overallScore) ?? "no score"}.${verdict}`,
    `Scored by ${scorer}; confidence ${Math.round(result.confidence * 100)}%.`,
    `Integrity: ${integrityLine(integrity)}.`,
    referenceLine(input.invitationId),
  ].join("\n");
}

function integrityLine(integrity: FormIntegrity): string {
  const count = (n: number, one: string, many: string) =>
    `${n} ${n === 1 ? one : many}`;
  return [
    count(
      integrity.tabSwitches,
      "time away from the test",
      "times away from the test",
    ),
    count(integrity.pastes, "paste", "pastes"),
    count(integrity.snapshots, "webcam snapshot", "webcam snapshots"),
    ...(integrity.missingSnapshots
      ? [
          count(
            integrity.missingSnapshots,
            "missing snapshot",
            "missing snapshots",
          ),
        ]
      : []),
  ].join(", ");
}

/** Whether a form on the opportunity is the one we posted for this invitation. */
export function isOurForm(
  form: LeverFeedbackForm,
  templateId: string,
  invitationId: string,
): boolean {
  if (form.baseTemplateId && form.baseTemplateId !== templateId) return false;
  const marker = referenceLine(invitationId);
  return (form.fields ?? []).some((field) => {
    const value = (field as { value?: unknown }).value;
    return typeof value === "string" && value.includes(marker);
  });
}
