import { z } from "zod";

import { LeverApiError } from "./errors";

/**
 * Lever wraps objects in `{data: X}`, but some endpoints are documented
 * (and seen) as `{data: {data: X}}`. Both are accepted for every schema.
 */
export function readEnvelope<T extends z.ZodType>(
  body: unknown,
  schema: T,
  context: { endpoint: string; status: number },
): z.infer<T> {
  const outer = schema.safeParse(body);
  if (outer.success) return outer.data;

  const inner = innerData(body);
  if (inner !== undefined) {
    const nested = schema.safeParse(inner);
    if (nested.success) return nested.data;
  }

  const problem = describeIssues(outer.error);
  throw new LeverApiError({
    status: context.status,
    code: "UnexpectedResponse",
    message: `Unexpected answer from Lever to ${context.endpoint}: ${problem}`,
    endpoint: context.endpoint,
    retryable: false,
  });
}

function innerData(body: unknown): unknown {
  if (typeof body !== "object" || body === null || !("data" in body)) {
    return undefined;
  }
  const data: unknown = body.data;
  if (typeof data !== "object" || data === null || !("data" in data)) {
    return undefined;
  }
  return data;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`)
    .join("; ");
}

export function single<T>(item: z.ZodType<T>): z.ZodType<{ data: T }> {
  return z.object({ data: item }).loose();
}

export function page<T>(item: z.ZodType<T>): z.ZodType<Page<T>> {
  return z
    .object({
      data: z.array(item),
      next: z.string().nullish(),
      hasNext: z.boolean().optional(),
    })
    .loose()
    .transform((raw) => {
      const next = raw.next ?? null;
      return { data: raw.data, next, hasNext: raw.hasNext ?? next !== null };
    });
}

export type Page<T> = { data: T[]; next: string | null; hasNext: boolean };
