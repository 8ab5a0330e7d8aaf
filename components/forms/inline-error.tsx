import type { ActionResult } from "@/lib/actions/result";
import { cn } from "@/lib/utils";

/** The message of a failed action, next to the control that ran it. */
export function InlineError({
  result,
  className,
}: {
  result: ActionResult<unknown> | null;
  className?: string;
}) {
  if (!result || result.ok) return null;
  return (
    <p role="alert" className={cn("max-w-64 text-sm text-red-700", className)}>
      {result.message}
    </p>
  );
}
