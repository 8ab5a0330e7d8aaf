"use client";

import { Label } from "@/components/ui/label";
import { CEFR_LEVELS } from "@/lib/rules/schemas";

import { ChoiceSelect } from "@/components/forms/choice-select";
import type { RuleValues } from "./rule-values";

type Props = {
  values: RuleValues;
  update: (patch: Partial<RuleValues>) => void;
  stages: { id: string; text: string }[];
  error: (field: string) => string | undefined;
};

/** The optional parts of a rule: pass level, tags, stage on completion. */
export function RuleOptions({ values, update, stages, error }: Props) {
  return (
    <fieldset className="grid gap-4 rounded-lg border border-slate-200 p-4 lg:grid-cols-3">
      <legend className="px-1 text-sm font-medium text-slate-700">
        Options
      </legend>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="rule-pass-level">Pass level</Label>
        <ChoiceSelect
          id="rule-pass-level"
          label="Pass level"
          placeholder="No pass level"
          noneLabel="No pass level"
          choices={CEFR_LEVELS.map((level) => ({
            id: level,
            text: `${level} or above`,
          }))}
          value={values.passLevel}
          onChange={(passLevel) => update({ passLevel })}
          invalid={Boolean(error("passLevel"))}
        />
        <p className="text-xs text-slate-500">
          Maps results to Lever&apos;s rating on the feedback form.
        </p>
        {error("passLevel") ? (
          <p className="text-sm text-red-700">{error("passLevel")}</p>
        ) : null}
      </div>
      <div className="grid content-start gap-2">
        <span className="text-sm font-medium text-slate-800">
          Tags to add in Lever
        </span>
        <Check
          label="When invited"
          checked={values.tagOnInvite}
          onChange={(tagOnInvite) => update({ tagOnInvite })}
        />
        <Check
          label="When completed"
          checked={values.tagOnComplete}
          onChange={(tagOnComplete) => update({ tagOnComplete })}
        />
        <Check
          label="With the CEFR level"
          checked={values.tagWithLevel}
          onChange={(tagWithLevel) => update({ tagWithLevel })}
        />
      </div>
      <div className="grid content-start gap-1.5">
        <Label htmlFor="rule-completion-stage">On completion, move to</Label>
        <ChoiceSelect
          id="rule-completion-stage"
          label="On completion, move to"
          placeholder="Do not move"
          noneLabel="Do not move"
          choices={stages}
          value={values.completionStageId}
          onChange={(completionStageId) => update({ completionStageId })}
          invalid={Boolean(error("completionStageId"))}
        />
        <Check
          label="Only when they pass"
          checked={values.completionStageOnlyIfPassed}
          onChange={(completionStageOnlyIfPassed) =>
            update({ completionStageOnlyIfPassed })
          }
        />
        {error("completionStageId") ? (
          <p className="text-sm text-red-700">{error("completionStageId")}</p>
        ) : null}
      </div>
    </fieldset>
  );
}

function Check(props: {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        className="size-4 rounded border-slate-300 accent-brand-600"
        checked={props.checked}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      {props.label}
    </label>
  );
}
