"use client";

import { Button } from "@/components/ui/button";
import { fieldErrorOf, type ActionResult } from "@/lib/actions/result";
import type { CefrLevel } from "@/lib/assessments/schemas";

import { LevelField, ScoreField } from "./score-inputs";

export type OverallDraft = { level: CefrLevel | ""; score: string };

type Props = {
  value: OverallDraft;
  suggestion: { level: CefrLevel; score: number } | null;
  result: ActionResult<unknown> | null;
  onChange: (value: OverallDraft) => void;
};

/** The overall level and score, with the one the tasks suggest. */
export function OverallFields({ value, suggestion, result, onChange }: Props) {
  const suggested = suggestion
    ? { level: suggestion.level, score: suggestion.score.toFixed(1) }
    : null;
  const differs =
    suggested !== null &&
    (suggested.level !== value.level || suggested.score !== value.score);

  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-end gap-4">
        <LevelField
          name="overallLevel"
          label="Overall level"
          value={value.level}
          error={fieldErrorOf(result, "overallLevel")}
          onChange={(event) =>
            onChange({ ...value, level: event.target.value as CefrLevel })
          }
        />
        <ScoreField
          name="overallScore"
          label="Overall score"
          value={value.score}
          error={fieldErrorOf(result, "overallScore")}
          onChange={(event) =>
            onChange({ ...value, score: event.target.value })
          }
        />
        {suggested && differs ? (
          <Button
            type="button"
            variant="secondary"
            onClick={() => onChange(suggested)}
          >
            Use {suggested.level} · {suggested.score}, from the tasks
          </Button>
        ) : null}
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {suggested
          ? `The tasks suggest ${suggested.level} · ${suggested.score} / 10.`
          : "Score every task to see the overall result they suggest."}
      </p>
    </div>
  );
}
