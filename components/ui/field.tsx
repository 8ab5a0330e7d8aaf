import type { ComponentProps, ReactNode } from "react";

import { FieldFrame } from "@/components/ui/field-frame";
import { Input } from "@/components/ui/input";

type FieldProps = ComponentProps<typeof Input> & {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled input with its hint and its error. */
export function Field({ name, label, error, hint, id, ...input }: FieldProps) {
  return (
    <FieldFrame
      id={id ?? `field-${name}`}
      label={label}
      error={error}
      hint={hint}
    >
      {(control) => <Input name={name} {...control} {...input} />}
    </FieldFrame>
  );
}
