import { DatabaseError } from "pg";

/** True when `error` (or its cause) is PostgreSQL's unique violation. */
export function isUniqueViolation(
  error: unknown,
  constraint?: string,
): boolean {
  const found = findDatabaseError(error);
  if (!found || found.code !== "23505") return false;
  return constraint === undefined || found.constraint === constraint;
}

function findDatabaseError(error: unknown): DatabaseError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current; depth += 1) {
    if (current instanceof DatabaseError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
