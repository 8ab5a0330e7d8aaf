import { createHash, randomUUID } from "node:crypto";

import {
  DeleteObjectsCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { and, eq, inArray } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { mediaObjects } from "@/db/schema";
import { env } from "@/lib/env";

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

/** An S3-compatible bucket the media bytes go to instead of PostgreSQL. */
export type MediaBucket = { client: S3Client; bucket: string };

export type S3Settings = {
  endpoint: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  region: string;
  forcePathStyle: boolean;
};

export function s3Bucket(settings: S3Settings): MediaBucket {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
  });
  return { client, bucket: settings.bucket };
}

let configured: MediaBucket | null | undefined;

/** The bucket set up in the environment, or null for PostgreSQL. */
export function configuredBucket(): MediaBucket | null {
  if (configured !== undefined) return configured;

  const e = env();
  const complete =
    e.S3_ENDPOINT &&
    e.S3_BUCKET &&
    e.S3_ACCESS_KEY_ID &&
    e.S3_SECRET_ACCESS_KEY;
  configured = complete
    ? s3Bucket({
        endpoint: e.S3_ENDPOINT!,
        bucket: e.S3_BUCKET!,
        accessKeyId: e.S3_ACCESS_KEY_ID!,
        secretAccessKey: e.S3_SECRET_ACCESS_KEY!,
        region: e.S3_REGION,
        forcePathStyle: e.S3_FORCE_PATH_STYLE,
      })
    : null;
  return configured;
}

/**
 * Stores uploaded bytes and returns the media row's id. With a bucket the
 * object is written first, so a row never points at missing bytes; a
 * transaction rolled back afterwards leaves an unreferenced object.
 */
export async function storeMedia(
  tx: Executor,
  media: NewMedia,
  bucket = configuredBucket(),
) {
  const storageKey = bucket
    ? `${media.organizationId}/${media.attemptId}/${randomUUID()}`
    : null;
  if (bucket && storageKey) {
    await bucket.client.send(
      new PutObjectCommand({
        Bucket: bucket.bucket,
        Key: storageKey,
        Body: media.bytes,
        ContentType: media.contentType,
      }),
    );
  }

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
      bytes: storageKey ? null : media.bytes,
      storageKey,
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
  bucket = configuredBucket(),
): Promise<StoredMedia | null> {
  const [row] = await tx
    .select({
      contentType: mediaObjects.contentType,
      bytes: mediaObjects.bytes,
      storageKey: mediaObjects.storageKey,
    })
    .from(mediaObjects)
    .where(
      and(
        eq(mediaObjects.id, mediaId),
        eq(mediaObjects.organizationId, organizationId),
      ),
    );
  if (row?.bytes) return { contentType: row.contentType, bytes: row.bytes };
  if (!row?.storageKey || !bucket) return null;

  const object = await bucket.client.send(
    new GetObjectCommand({ Bucket: bucket.bucket, Key: row.storageKey }),
  );
  if (!object.Body) return null;
  const bytes = Buffer.from(await object.Body.transformToByteArray());
  return { contentType: row.contentType, bytes };
}

/**
 * Deletes the media of some attempts: the rows in the caller's
 * transaction, and the objects in the bucket once that has committed
 * (`removeStored`), so a rolled-back erasure leaves no row pointing at a
 * missing object.
 */
export async function deleteMediaOf(
  tx: Executor,
  attemptIds: string[],
  bucket = configuredBucket(),
) {
  if (attemptIds.length === 0) return { removeStored: async () => {} };
  const removed = await tx
    .delete(mediaObjects)
    .where(inArray(mediaObjects.attemptId, attemptIds))
    .returning({ storageKey: mediaObjects.storageKey });
  const keys = removed.flatMap((row) =>
    row.storageKey ? [{ Key: row.storageKey }] : [],
  );

  return {
    removeStored: async () => {
      if (!bucket || keys.length === 0) return;
      await bucket.client.send(
        new DeleteObjectsCommand({
          Bucket: bucket.bucket,
          Delete: { Objects: keys },
        }),
      );
    },
  };
}
