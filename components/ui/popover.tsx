"use client";

import { Popover as Primitive } from "radix-ui";
import type { ComponentProps } from "react";

import { cn } from "@/lib/utils";

export const Popover = Primitive.Root;
export const PopoverTrigger = Primitive.Trigger;

export function PopoverContent({
  className,
  sideOffset = 4,
  ...props
}: ComponentProps<typeof Primitive.Content>) {
  return (
    <Primitive.Portal>
      <Primitive.Content
        sideOffset={sideOffset}
        align="start"
        className={cn(
          "z-50 w-[var(--radix-popover-trigger-width)] rounded-md border border-slate-200 bg-white shadow-lg",
          className,
        )}
        {...props}
      />
    </Primitive.Portal>
  );
}
