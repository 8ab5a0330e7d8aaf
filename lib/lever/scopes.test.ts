import { describe, expect, it } from "vitest";

import { missingScopes, REQUIRED_SCOPES } from "./scopes";

describe("REQUIRED_SCOPES", () => {
  it("asks for a refresh token and stays within Lever's 20-scope cap", () => {
    expect(REQUIRED_SCOPES).toContain("offline_access");
    expect(REQUIRED_SCOPES.length).toBeLessThanOrEqual(20);
    expect(new Set(REQUIRED_SCOPES).size).toBe(REQUIRED_SCOPES.length);
  });
});

describe("missingScopes", () => {
  it("is empty when everything required was granted", () => {
    expect(missingScopes([...REQUIRED_SCOPES])).toEqual([]);
  });

  it("lists what was not granted", () => {
    const granted = REQUIRED_SCOPES.filter(
      (s) => s !== "webhooks:write:admin" && s !== "offline_access",
    );
    expect(missingScopes(granted)).toEqual([
      "offline_access",
      "webhooks:write:admin",
    ]);
  });

  it("counts a write scope as its read scope", () => {
    expect(
      missingScopes(["postings:write:admin"], ["postings:read:admin"]),
    ).toEqual([]);
  });

  it("does not count a read scope as its write scope", () => {
    expect(
      missingScopes(["feedback:read:admin"], ["feedback:write:admin"]),
    ).toEqual(["feedback:write:admin"]);
  });
});
