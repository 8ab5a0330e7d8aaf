import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { eq } from "drizzle-orm";
// s3rver ships no types; the test needs only its constructor, run, close.
// @ts-expect-error -- untyped package
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { mediaObjects } from "@/db/schema";
import { readMedia, s3Bucket, storeMedia, type MediaBucket } from "./storage";
import type { Scope } from "@/lib/auth/scope";
import { createOrganization } from "@/lib/testing/factories";
import { createSubmittedAttempt } from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

type Server = { run(): Promise<{ port: number }>; close(): Promise<void> };

let server: Server;
let directory: string;
let bucket: MediaBucket;
let scope: Scope;
let attemptId: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "s3rver-"));
  server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: "media" }],
  }) as Server;
  const { port } = await server.run();
  bucket = s3Bucket({
    endpoint: `http://127.0.0.1:${port}`,
    bucket: "media",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    region: "us-east-1",
    forcePathStyle: true,
  });

  scope = await createOrganization("Media");
  const invitation = await createTestInvitation(scope, { status: "completed" });
  ({ attemptId } = await createSubmittedAttempt(scope, invitation.id));
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

describe("media storage", () => {
  it("keeps bytes in S3 when a bucket is set, and reads them back", async () => {
    const bytes = Buffer.from("a recording, more or less");
    const id = await storeMedia(
      db(),
      {
        organizationId: scope.organizationId,
        attemptId,
        kind: "audio",
        taskId: "t1",
        contentType: "audio/webm",
        bytes,
      },
      bucket,
    );

    const [row] = await db()
      .select()
      .from(mediaObjects)
      .where(eq(mediaObjects.id, id));
    expect(row?.bytes).toBeNull();
    expect(row?.storageKey).toMatch(/^[\w-]+\/[\w-]+\/[\w-]+$/);
    const read = await readMedia(db(), scope.organizationId, id, bucket);
    expect(read?.bytes.equals(bytes)).toBe(true);
    expect(read?.contentType).toBe("audio/webm");
  });

  it("keeps bytes in PostgreSQL without a bucket", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff]);
    const id = await storeMedia(
      db(),
      {
        organizationId: scope.organizationId,
        attemptId,
        kind: "snapshot",
        taskId: null,
        contentType: "image/jpeg",
        bytes,
      },
      null,
    );

    const read = await readMedia(db(), scope.organizationId, id, null);
    expect(read?.bytes.equals(bytes)).toBe(true);
  });

  it("gives another organization nothing", async () => {
    const other = await createOrganization("Other");
    const id = await storeMedia(
      db(),
      {
        organizationId: scope.organizationId,
        attemptId,
        kind: "snapshot",
        taskId: null,
        contentType: "image/jpeg",
        bytes: Buffer.from("x"),
      },
      bucket,
    );

    expect(await readMedia(db(), other.organizationId, id, bucket)).toBeNull();
  });
});
