import { randomBytes } from "node:crypto";

import { describe, expect, it } from "vitest";

import { decryptSecret, encryptSecret } from "@/lib/security/encryption";

const key = randomBytes(32);

describe("secret encryption", () => {
  it("round-trips and never stores the plaintext", () => {
    const stored = encryptSecret("refresh-token-value", key);

    expect(stored).not.toContain("refresh-token-value");
    expect(stored.startsWith("v1:")).toBe(true);
    expect(decryptSecret(stored, key)).toBe("refresh-token-value");
  });

  it("gives a different ciphertext each time", () => {
    expect(encryptSecret("same", key)).not.toBe(encryptSecret("same", key));
  });

  it("detects tampering", () => {
    const [version, iv, tag, body] = encryptSecret("secret", key).split(":");
    const flipped = Buffer.from(body!, "base64");
    flipped[0]! ^= 1;
    const tampered = [version, iv, tag, flipped.toString("base64")].join(":");

    expect(() => decryptSecret(tampered, key)).toThrow();
  });

  it("refuses the wrong key and unknown formats", () => {
    const stored = encryptSecret("secret", key);

    expect(() => decryptSecret(stored, randomBytes(32))).toThrow();
    expect(() => decryptSecret("plain-text", key)).toThrow(/known format/);
  });
});
