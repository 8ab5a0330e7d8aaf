import { createHmac, hkdfSync } from "node:crypto";

import { env } from "@/lib/env";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { hashLinkToken } from "@/lib/security/tokens";

export const CANDIDATE_PATH = "/a/";

type LinkSubject = { id: string; linkVersion: number };

let linkKey: Buffer | undefined;

// A separate key for links, derived from the encryption key, so neither
// can be recovered from the other.
function key(): Buffer {
  linkKey ??= Buffer.from(
    hkdfSync("sha256", encryptionKey(), "", "hallo candidate links", 32),
  );
  return linkKey;
}

/**
 * The candidate's token: 256 bits derived from the invitation with a server
 * key. Nothing but its hash is stored, yet admins can copy and resend the
 * same link; bumping `linkVersion` revokes it.
 */
export function candidateToken(invitation: LinkSubject): string {
  return createHmac("sha256", key())
    .update(`${invitation.id}:${invitation.linkVersion}`)
    .digest("base64url");
}

export function candidateTokenHash(invitation: LinkSubject): string {
  return hashLinkToken(candidateToken(invitation));
}

export function candidateUrl(invitation: LinkSubject): string {
  return new URL(
    `${CANDIDATE_PATH}${candidateToken(invitation)}`,
    env().APP_URL,
  ).toString();
}
