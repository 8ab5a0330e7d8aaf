import { describe, expect, it } from "vitest";

import { clientAddress } from "@/lib/http/client-address";

describe("clientAddress", () => {
  it("takes the entry added by the nearest proxy", () => {
    const headers = new Headers({
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
    });
    expect(clientAddress(headers)).toBe("203.0.113.9");
  });

  it("falls back to x-real-ip, then to a fixed bucket", () => {
    expect(clientAddress(new Headers({ "x-real-ip": "198.51.100.4" }))).toBe(
      "198.51.100.4",
    );
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
