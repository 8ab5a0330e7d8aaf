import "server-only";

import { and, eq, gt, isNull, or } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { attempts, mediaObjects, reportLinks } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { readMedia, type StoredMedia } from "@/lib/media/storage";
import { hashLinkToken } from "@/lib/security/tokens";

/** A report token is 32 bytes in base64url: 43 characters. */
const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

type LinkSubject = { organizationId: string; invitationId: string };

/**
 * The invitation a report token opens, or null when the token is unknown,
 * revoked or past its expiry. Only the hash is looked up.
 */
export async function findLiveLink(
  token: string,
  now = new Date(),
): Promise<(LinkSubject & { linkId: string }) | null> {
  if (!tokenSchema.safeParse(token).success) return null;

  const [link] = await db()
    .select({
      linkId: reportLinks.id,
      organizationId: reportLinks.organizationId,
      invitationId: reportLinks.invitationId,
    })
    .from(reportLinks)
    .where(
      and(
        eq(reportLinks.tokenHash, hashLinkToken(token)),
        isNull(reportLinks.revokedAt),
        or(isNull(reportLinks.expiresAt), gt(reportLinks.expiresAt, now)),
      ),
    );
  return link ?? null;
}

/** Like `findLiveLink`, and notes that the link was opened. */
export async function openReportLink(
  token: string,
): Promise<LinkSubject | null> {
  const link = await findLiveLink(token);
  if (!link) return null;

  await db()
    .update(reportLinks)
    .set({ lastOpenedAt: new Date() })
    .where(eq(reportLinks.id, link.linkId));
  return link;
}

/** Media of the link's own invitation only; anything else is null. */
export async function readLinkMedia(
  token: string,
  mediaId: string,
): Promise<StoredMedia | null> {
  if (!z.uuid().safeParse(mediaId).success) return null;
  const link = await findLiveLink(token);
  if (!link) return null;

  const [owned] = await db()
    .select({ id: mediaObjects.id })
    .from(mediaObjects)
    .innerJoin(attempts, eq(attempts.id, mediaObjects.attemptId))
    .where(
      and(
        eq(mediaObjects.id, mediaId),
        eq(mediaObjects.organizationId, link.organizationId),
        eq(attempts.invitationId, link.invitationId),
      ),
    );
  if (!owned) return null;
  return readMedia(db(), link.organizationId, mediaId);
}

/** Media of the viewer's organization, or null. */
export async function readScopedMedia(
  scope: Scope,
  mediaId: string,
): Promise<StoredMedia | null> {
  if (!z.uuid().safeParse(mediaId).success) return null;
  return readMedia(db(), scope.organizationId, mediaId);
}
