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

const CONNECTION_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "EPIPE"]);

/**
 * True when `error` means the database went away (a restart, a failover,
 * a dropped socket) rather than that a statement was wrong: PostgreSQL's
 * classes 08 (connection exception) and 57P (shutdown), or a socket error.
 */
export function isConnectionLoss(error: unknown): boolean {
  const database = findDatabaseError(error);
  if (database?.code) return /^(08|57P)/.test(database.code);

  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && CONNECTION_CODES.has(code)) return true;
    if (/^Connection terminated/.test(current.message)) return true;
    current = current.cause;
  }
  return false;
}
