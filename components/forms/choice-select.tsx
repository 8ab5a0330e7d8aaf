"use client";

import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";

export const NONE = "none";

type Props = {
  id: string;
  label: string;
  choices: { id: string; text: string }[];
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
  /** Offer an empty choice with this label. */
  noneLabel?: string;
  invalid?: boolean;
  disabled?: boolean;
};

/** A labelled single choice among Lever stages, assessments or levels. */
export function ChoiceSelect(props: Props) {
  return (
    <Select
      value={props.value || (props.noneLabel ? NONE : undefined)}
      onValueChange={(value) => props.onChange(value === NONE ? "" : value)}
      disabled={props.disabled}
    >
      <SelectTrigger
        id={props.id}
        aria-label={props.label}
        aria-invalid={props.invalid || undefined}
        className="aria-invalid:border-red-500"
      >
        <SelectValue placeholder={props.placeholder} />
      </SelectTrigger>
      <SelectContent>
        {props.noneLabel ? (
          <SelectItem value={NONE}>{props.noneLabel}</SelectItem>
        ) : null}
        {props.choices.map((choice) => (
          <SelectItem key={choice.id} value={choice.id}>
            {choice.text}
          </SelectItem>
        ))}
      </SelectContent>
    </Select>
  );
}
