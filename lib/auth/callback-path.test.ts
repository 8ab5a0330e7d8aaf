import { describe, expect, it } from "vitest";

import { safeCallbackPath } from "@/lib/auth/callback-path";

describe("safeCallbackPath", () => {
  it("keeps paths on this site", () => {
    expect(safeCallbackPath("/members?tab=invites")).toBe(
      "/members?tab=invites",
    );
  });

  it.each([
    "https://evil.example/",
    "//evil.example/path",
    "/\\evil.example",
    "javascript:alert(1)",
    "/members\n",
    "",
    null,
  ])("drops %j", (value) => {
    expect(safeCallbackPath(value)).toBeNull();
  });
});
