import { createHmac, timingSafeEqual } from "node:crypto";

export type SignedWebhook = {
  token: string;
  triggeredAt: number | string;
  signature: string;
};

/**
 * Lever signs `token + triggeredAt`, not the body, with the webhook's
 * signature token: the data payload itself is not protected.
 */
export function verifyWebhookSignature(
  { token, triggeredAt, signature }: SignedWebhook,
  signatureToken: string,
): boolean {
  const expected = createHmac("sha256", signatureToken)
    .update(`${token}${triggeredAt}`)
    .digest();

  if (!/^[0-9a-fA-F]*$/.test(signature)) return false;
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length) return false;
  return timingSafeEqual(given, expected);
}
