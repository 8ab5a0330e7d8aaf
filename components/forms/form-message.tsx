import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/result";

/** The form-level error of an action result, when there is one. */
export function FormMessage({
  result,
}: {
  result: ActionResult<unknown> | null;
}) {
  if (!result || result.ok) return null;
  return <Alert>{result.message}</Alert>;
}
