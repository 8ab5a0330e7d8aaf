import { createHmac } from "node:crypto";

import { describe, expect, it } from "vitest";

import { verifyWebhookSignature } from "./signature";

const signatureToken = "webhook-signature-token";
const token = "be58f711a7c3c8e5d4b2f0a9e8d7c6b5a4f3e2d1c0b9a8f7";
const triggeredAt = 1431454330072;

function sign(message: string, key = signatureToken): string {
  return createHmac("sha256", key).update(message).digest("hex");
}

describe("verifyWebhookSignature", () => {
  const signature = sign(`${token}${triggeredAt}`);

  it("accepts Lever's HMAC of token and triggeredAt", () => {
    const valid = { token, triggeredAt, signature };
    expect(verifyWebhookSignature(valid, signatureToken)).toBe(true);
    expect(
      verifyWebhookSignature(
        { token, triggeredAt: String(triggeredAt), signature },
        signatureToken,
      ),
    ).toBe(true);
  });

  it("accepts an upper-case hex signature", () => {
    const upper = { token, triggeredAt, signature: signature.toUpperCase() };
    expect(verifyWebhookSignature(upper, signatureToken)).toBe(true);
  });

  it("rejects a signature made with another signature token", () => {
    const forged = sign(`${token}${triggeredAt}`, "another-token");
    expect(
      verifyWebhookSignature(
        { token, triggeredAt, signature: forged },
        signatureToken,
      ),
    ).toBe(false);
  });

  it("rejects a tampered triggeredAt or token", () => {
    expect(
      verifyWebhookSignature(
        { token, triggeredAt: triggeredAt + 1, signature },
        signatureToken,
      ),
    ).toBe(false);
    expect(
      verifyWebhookSignature(
        { token: `${token}x`, triggeredAt, signature },
        signatureToken,
      ),
    ).toBe(false);
  });

  it("rejects malformed or wrongly sized signatures without throwing", () => {
    for (const bad of [
      "",
      "zz",
      signature.slice(2),
      `${signature}00`,
      "g".repeat(64),
    ]) {
      expect(
        verifyWebhookSignature(
          { token, triggeredAt, signature: bad },
          signatureToken,
        ),
      ).toBe(false);
    }
  });
});
