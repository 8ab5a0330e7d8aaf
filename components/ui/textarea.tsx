import type { ComponentProps, ReactNode } from "react";

import { FieldFrame } from "@/components/ui/field-frame";
import { cn } from "@/lib/utils";

export function Textarea({ className, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea
      className={cn(
        "flex min-h-20 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus-visible:border-brand-500 focus-visible:ring-2 focus-visible:ring-brand-100 focus-visible:outline-none disabled:opacity-50 aria-invalid:border-red-500 aria-invalid:ring-red-100",
        className,
      )}
      {...props}
    />
  );
}

type TextareaFieldProps = ComponentProps<typeof Textarea> & {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
};

/** A labelled text area with its hint and its error, like `Field`. */
export function TextareaField({
  name,
  label,
  error,
  hint,
  id,
  ...textarea
}: TextareaFieldProps) {
  return (
    <FieldFrame
      id={id ?? `field-${name}`}
      label={label}
      error={error}
      hint={hint}
    >
      {(control) => <Textarea name={name} {...control} {...textarea} />}
    </FieldFrame>
  );
}
