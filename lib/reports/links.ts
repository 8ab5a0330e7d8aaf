import { createHmac, hkdfSync } from "node:crypto";

import { and, desc, eq, isNull } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { reportLinks } from "@/db/schema";
import { env } from "@/lib/env";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { hashLinkToken } from "@/lib/security/tokens";

export const REPORT_LINK_PATH = "/r/";

let linkKey: Buffer | undefined;

// Its own key, derived from the encryption key like the candidate links'
// but with another label, so one kind of link never opens the other.
function key(): Buffer {
  linkKey ??= Buffer.from(
    hkdfSync("sha256", encryptionKey(), "", "hallo report links", 32),
  );
  return linkKey;
}

/** 256 bits derived from the link's row; only its hash is stored. */
export function reportToken(linkId: string): string {
  return createHmac("sha256", key()).update(linkId).digest("base64url");
}

export function reportUrl(linkId: string): string {
  return new URL(
    `${REPORT_LINK_PATH}${reportToken(linkId)}`,
    env().APP_URL,
  ).toString();
}

type Subject = { organizationId: string; invitationId: string };

/**
 * The invitation's live report link, made on first use. Lever keeps the
 * URL in the feedback form, so the same one is returned every time until
 * an admin revokes it.
 */
export async function ensureReportLink(
  tx: Executor,
  subject: Subject,
): Promise<string> {
  const [live] = await tx
    .select({ id: reportLinks.id })
    .from(reportLinks)
    .where(
      and(
        eq(reportLinks.invitationId, subject.invitationId),
        isNull(reportLinks.revokedAt),
      ),
    )
    .orderBy(desc(reportLinks.createdAt))
    .limit(1);
  if (live) return reportUrl(live.id);

  const id = crypto.randomUUID();
  await tx.insert(reportLinks).values({
    id,
    organizationId: subject.organizationId,
    invitationId: subject.invitationId,
    tokenHash: hashLinkToken(reportToken(id)),
  });
  return reportUrl(id);
}
