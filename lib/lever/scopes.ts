/**
 * What Hallo asks Lever for. Lever caps an app at 20 scopes, and a write
 * scope already includes its read scope, so only the write one is listed.
 */
export const REQUIRED_SCOPES: string[] = [
  "offline_access",
  "postings:read:admin",
  "stages:read:admin",
  "opportunities:write:admin",
  "users:read:admin",
  "feedback_templates:write:admin",
  "feedback:write:admin",
  "notes:write:admin",
  "webhooks:write:admin",
];

/** The required scopes that the granted ones do not cover. */
export function missingScopes(
  granted: string[],
  required: string[] = REQUIRED_SCOPES,
): string[] {
  const held = new Set(granted);
  return required.filter(
    (scope) => !held.has(scope) && !coveredByWrite(scope, held),
  );
}

function coveredByWrite(scope: string, held: Set<string>): boolean {
  const [resource, mode, level] = scope.split(":");
  if (mode !== "read" || !resource || !level) return false;
  return held.has(`${resource}:write:${level}`);
}

export function parseScopes(raw: string | undefined | null): string[] {
  return [...new Set((raw ?? "").split(/\s+/).filter((s) => s !== ""))];
}
