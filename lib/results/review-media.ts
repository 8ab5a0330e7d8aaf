import "server-only";

import { and, eq } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { attempts, mediaObjects } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { readMedia, type StoredMedia } from "@/lib/media/storage";
import { isReviewer } from "@/lib/results/access";

/**
 * A recording of the invitation's attempt for a reviewer of the same
 * organization; null for anything else, so callers answer 404 alike.
 */
export async function readReviewAudio(
  scope: Scope,
  invitationId: string,
  mediaId: string,
): Promise<StoredMedia | null> {
  const ids = z.uuid().array();
  if (!ids.safeParse([invitationId, mediaId]).success) return null;
  if (!(await isReviewer(scope))) return null;

  const [owned] = await db()
    .select({ id: mediaObjects.id })
    .from(mediaObjects)
    .innerJoin(attempts, eq(attempts.id, mediaObjects.attemptId))
    .where(
      and(
        eq(mediaObjects.id, mediaId),
        eq(mediaObjects.kind, "audio"),
        eq(mediaObjects.organizationId, scope.organizationId),
        eq(attempts.invitationId, invitationId),
      ),
    );
  if (!owned) return null;
  return readMedia(db(), scope.organizationId, mediaId);
}
