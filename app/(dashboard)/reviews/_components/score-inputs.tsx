"use client";

import type { ComponentProps } from "react";

import { FieldFrame } from "@/components/ui/field-frame";
import { Input } from "@/components/ui/input";
import { CEFR_LEVELS } from "@/lib/assessments/schemas";

type LevelProps = ComponentProps<"select"> & {
  name: string;
  label: string;
  error?: string;
};

/** A CEFR level, as a native select so it posts with the form. */
export function LevelField({ name, label, error, ...select }: LevelProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} error={error}>
      {(control) => (
        <select
          name={name}
          {...control}
          {...select}
          className="h-9 rounded-md border border-slate-300 bg-white px-2 text-sm shadow-sm focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-100 focus-visible:outline-none aria-invalid:border-red-500"
        >
          <option value="">Choose…</option>
          {CEFR_LEVELS.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

type ScoreProps = ComponentProps<typeof Input> & {
  name: string;
  label: string;
  error?: string;
};

/** A 0.0-10.0 score with one decimal. */
export function ScoreField({ name, label, error, ...input }: ScoreProps) {
  return (
    <FieldFrame id={`field-${name}`} label={label} error={error}>
      {(control) => (
        <Input
          name={name}
          type="number"
          inputMode="decimal"
          min={0}
          max={10}
          step={0.1}
          className="w-24"
          {...control}
          {...input}
        />
      )}
    </FieldFrame>
  );
}
