import { createHash } from "node:crypto";

import { and, eq } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { mediaObjects } from "@/db/schema";

export type NewMedia = {
  organizationId: string;
  attemptId: string;
  kind: "audio" | "snapshot";
  taskId: string | null;
  /** Already sniffed from the bytes by the caller. */
  contentType: string;
  bytes: Buffer;
  durationSeconds?: number | null;
  takenAt?: Date;
};

export type StoredMedia = { contentType: string; bytes: Buffer };

/** Stores uploaded bytes in PostgreSQL and returns the media row's id. */
export async function storeMedia(tx: Executor, media: NewMedia) {
  const [row] = await tx
    .insert(mediaObjects)
    .values({
      organizationId: media.organizationId,
      attemptId: media.attemptId,
      kind: media.kind,
      taskId: media.taskId,
      contentType: media.contentType,
      byteSize: media.bytes.byteLength,
      sha256: createHash("sha256").update(media.bytes).digest("hex"),
      bytes: media.bytes,
      durationSeconds: media.durationSeconds ?? null,
      takenAt: media.takenAt ?? new Date(),
    })
    .returning({ id: mediaObjects.id });
  return row!.id;
}

/** The bytes of one media object of the organization, or null. */
export async function readMedia(
  tx: Executor,
  organizationId: string,
  mediaId: string,
): Promise<StoredMedia | null> {
  const [row] = await tx
    .select({
      contentType: mediaObjects.contentType,
      bytes: mediaObjects.bytes,
    })
    .from(mediaObjects)
    .where(
      and(
        eq(mediaObjects.id, mediaId),
        eq(mediaObjects.organizationId, organizationId),
      ),
    );
  if (!row?.bytes) return null;
  return { contentType: row.contentType, bytes: row.bytes };
}
