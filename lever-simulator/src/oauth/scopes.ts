/** Lever's scope list, exactly as documented. */
export const knownScopes = new Set([
  "offline_access",
  "applications:read:admin",
  "archive_reasons:read:admin",
  "audit_events:read:admin",
  "confidential:access:admin",
  "contact:read:admin",
  "contact:write:admin",
  "diversity_surveys:read:admin",
  "eeo_responses:read:admin",
  "eeo_responses_pii:read:admin",
  "feedback:read:admin",
  "feedback:write:admin",
  "feedback_templates:read:admin",
  "feedback_templates:write:admin",
  "files:read:admin",
  "files:write:admin",
  "forms:read:admin",
  "forms:write:admin",
  "form_templates:read:admin",
  "form_templates:write:admin",
  "groups:read:admin",
  "groups:write:admin",
  "interviews:read:admin",
  "interviews:write:admin",
  "notes:read:admin",
  "notes:write:admin",
  "offers:read:admin",
  "opportunities:read:admin",
  "opportunities:write:admin",
  "panels:read:admin",
  "panels:write:admin",
  "permissions:read:admin",
  "permissions:write:admin",
  "postings:read:admin",
  "postings:write:admin",
  "referrals:read:admin",
  "requisitions:read:admin",
  "requisitions:write:admin",
  "requisition_fields:read:admin",
  "requisition_fields:write:admin",
  "resumes:read:admin",
  "roles:read:admin",
  "roles:write:admin",
  "sources:read:admin",
  "stages:read:admin",
  "tags:read:admin",
  "tasks:read:admin",
  "uploads:write:admin",
  "users:read:admin",
  "users:write:admin",
  "webhooks:read:admin",
  "webhooks:write:admin",
]);

export type ScopeMode = "read" | "write";

export function parseScopes(raw: string): string[] {
  return [...new Set(raw.split(/\s+/).filter((s) => s !== ""))];
}

/** A write scope includes the matching read scope. */
export function hasScope(
  granted: string[],
  resource: string,
  mode: ScopeMode,
): boolean {
  if (granted.includes(`${resource}:write:admin`)) return true;
  return mode === "read" && granted.includes(`${resource}:read:admin`);
}
