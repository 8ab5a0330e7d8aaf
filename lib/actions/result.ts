import type { FieldErrors } from "@/lib/errors";

/** What every server action answers: shared by server and client code. */
export type ActionResult<T = null> =
  | { ok: true; data: T; message?: string }
  | {
      ok: false;
      message: string;
      fieldErrors: FieldErrors;
      /** What was submitted (never passwords), to refill the form. */
      values?: Record<string, string>;
    };

export function fieldErrorOf(
  result: ActionResult<unknown> | null,
  field: string,
): string | undefined {
  return result && !result.ok ? result.fieldErrors[field]?.[0] : undefined;
}

export function submittedValue(
  result: ActionResult<unknown> | null,
  field: string,
): string | undefined {
  return result && !result.ok ? result.values?.[field] : undefined;
}
