import { createHash, randomBytes } from "node:crypto";

/** A 256-bit random token for a link, and the hash that is stored. */
export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

// The token already carries 256 bits of entropy, so a fast unsalted hash is
// enough: nobody can search that space, and lookups stay a plain index hit.
export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
