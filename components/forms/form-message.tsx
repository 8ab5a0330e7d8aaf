import { Alert } from "@/components/ui/alert";
import type { ActionResult } from "@/lib/actions/result";

const SUMMARY = "Please correct the highlighted fields.";

/**
 * The form-level error of an action result. When the problem belongs to a
 * field the form shows, the field carries the details and this only points
 * to it, so the same sentence is not read out twice.
 */
export function FormMessage({
  result,
  fields = [],
}: {
  result: ActionResult<unknown> | null;
  fields?: string[];
}) {
  if (!result || result.ok) return null;

  const onShownField = fields.some((field) => result.fieldErrors[field]);
  return <Alert>{onShownField ? SUMMARY : result.message}</Alert>;
}
