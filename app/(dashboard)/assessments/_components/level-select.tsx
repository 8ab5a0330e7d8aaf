"use client";

import { Label } from "@/components/ui/label";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { LEVEL_LABELS } from "@/lib/assessments/format";
import { CEFR_LEVELS, type CefrLevel } from "@/lib/assessments/schemas";

type Props = {
  value: CefrLevel;
  onChange: (level: CefrLevel) => void;
  error?: string;
};

export function LevelSelect({ value, onChange, error }: Props) {
  return (
    <div className="grid gap-1.5">
      <Label htmlFor="field-targetLevel">Target level</Label>
      <Select
        name="targetLevel"
        value={value}
        onValueChange={(level) => onChange(level as CefrLevel)}
      >
        <SelectTrigger
          id="field-targetLevel"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "field-targetLevel-error" : undefined}
        >
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          {CEFR_LEVELS.map((level) => (
            <SelectItem key={level} value={level}>
              {level} · {LEVEL_LABELS[level]}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      {error ? (
        <p id="field-targetLevel-error" className="text-sm text-red-700">
          {error}
        </p>
      ) : (
        <p className="text-xs text-slate-500">The CEFR level the job needs.</p>
      )}
    </div>
  );
}
