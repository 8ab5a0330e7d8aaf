import type { ReactNode } from "react";

import { Label } from "@/components/ui/label";

type ControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

type Props = {
  id: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  /** Renders the control with the ids that tie it to its hint and error. */
  children: (control: ControlProps) => ReactNode;
};

/** Label, control, hint and error of one form field, wired for screen readers. */
export function FieldFrame({ id, label, error, hint, children }: Props) {
  const showHint = Boolean(hint) && !error;
  const describedBy = [
    showHint ? `${id}-hint` : null,
    error ? `${id}-error` : null,
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <div className="grid gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {showHint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
