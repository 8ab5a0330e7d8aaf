import type { Context } from "hono";
import type { z } from "zod";
import { badRequest } from "./errors";

/** Parses a JSON body against a schema; malformed or invalid input is a 400. */
export async function readJson<T extends z.ZodType>(
  c: Context,
  schema: T,
  failure?: string,
): Promise<z.infer<T>> {
  const text = await c.req.text();
  let raw: unknown;
  try {
    raw = text === "" ? {} : JSON.parse(text);
  } catch {
    throw badRequest(failure ?? "Request body is not valid JSON");
  }

  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw badRequest(failure ?? describeIssues(parsed.error.issues));
  }
  return parsed.data;
}

function describeIssues(issues: z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 3)
    .map((i) => `${i.path.join(".") || "body"}: ${i.message}`)
    .join("; ");
}

/** All values of a repeatable query parameter, also accepting a=1,2. */
export function queryList(c: Context, name: string): string[] {
  return (c.req.queries(name) ?? [])
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => v !== "");
}

export function queryFlag(c: Context, name: string): boolean | undefined {
  const value = c.req.query(name);
  if (value === undefined) return undefined;
  if (value === "true") return true;
  if (value === "false") return false;
  throw badRequest(`${name} must be true or false`);
}
