import { createHmac, timingSafeEqual } from "node:crypto";

/** Lever signs token + triggeredAt, not the body. */
export function signDelivery(
  signatureToken: string,
  token: string,
  triggeredAt: number,
): string {
  return createHmac("sha256", signatureToken)
    .update(`${token}${triggeredAt}`)
    .digest("hex");
}

export function verifyDelivery(
  signatureToken: string,
  envelope: { token: string; triggeredAt: number; signature: string },
): boolean {
  const expected = Buffer.from(
    signDelivery(signatureToken, envelope.token, envelope.triggeredAt),
  );
  const given = Buffer.from(envelope.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
