import "server-only";

import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";

import type { ActionResult } from "@/lib/actions/result";
import { canManage } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { AppError, type FieldErrors } from "@/lib/errors";
import { logFor } from "@/lib/log";

type Access = "member" | "manager";

type FormHandler<T> = (
  previous: ActionResult<T> | null,
  formData: FormData,
) => Promise<ActionResult<T>>;

/**
 * A server action for a signed-in person: checks the session and role,
 * parses the form with `schema`, runs `work` scoped to the viewer's
 * organization, and turns failures into a result the form can show.
 */
export function scopedAction<S extends z.ZodType, T>(
  name: string,
  options: { schema: S; access: Access },
  work: (input: z.infer<S>, scope: Scope) => Promise<T>,
): FormHandler<T> {
  return async (_previous, formData) => {
    const scope = scopeOf(await requireViewer());
    if (options.access === "manager" && !canManage(scope.role)) {
      return failure("Only owners and admins can do that.");
    }

    return runParsed(name, options.schema, formData, (input) =>
      work(input, scope),
    );
  };
}

/** A server action for someone who is not signed in (sign-up, join). */
export function publicAction<S extends z.ZodType, T>(
  name: string,
  schema: S,
  work: (input: z.infer<S>) => Promise<T>,
): FormHandler<T> {
  return (_previous, formData) => runParsed(name, schema, formData, work);
}

async function runParsed<S extends z.ZodType, T>(
  name: string,
  schema: S,
  formData: FormData,
  work: (input: z.infer<S>) => Promise<T>,
): Promise<ActionResult<T>> {
  const values = formValues(formData);
  const parsed = schema.safeParse(values);
  if (!parsed.success) {
    return refill(
      failure(
        "Please correct the highlighted fields.",
        toFieldErrors(parsed.error),
      ),
      values,
    );
  }

  try {
    return { ok: true, data: await work(parsed.data) };
  } catch (error) {
    unstable_rethrow(error);
    if (error instanceof AppError) {
      return refill(failure(error.message, error.fieldErrors), values);
    }
    const requestId = (await headers()).get("x-request-id");
    logFor({ action: name, requestId }).error({ err: error }, "action failed");
    return refill(
      failure("Something went wrong on our side. Please try again."),
      values,
    );
  }
}

/** Adds what was submitted, minus secrets, so the form can show it again. */
export function refill<R extends { ok: false }>(
  result: R,
  values: Record<string, string>,
): R & { values: Record<string, string> } {
  const safe = Object.fromEntries(
    Object.entries(values).filter(([key]) => !/password|token/i.test(key)),
  );
  return { ...result, values: safe };
}

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$ACTION")) {
      values[key] = value;
    }
  }
  return values;
}

function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    // Nested paths become keys such as "tasks.2.prompt".
    const field = issue.path.length > 0 ? issue.path.join(".") : "form";
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

export function failure(
  message: string,
  fieldErrors: FieldErrors = {},
): { ok: false; message: string; fieldErrors: FieldErrors } {
  return { ok: false, message, fieldErrors };
}
