import { and, eq, sql } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";

import { db } from "@/db/client";
import { mediaObjects, taskResponses } from "@/db/schema";
import {
  currentTask,
  lockAttempt,
  openInvitation,
} from "@/lib/attempts/candidate";
import { UploadRefused } from "@/lib/attempts/refusal";
import { AppError } from "@/lib/errors";
import { storeMedia } from "@/lib/media/storage";

export const UPLOAD_LIMITS = {
  audio: 10 * 1024 * 1024,
  snapshot: 1024 * 1024,
} as const;

const ACCEPTED = {
  audio: ["audio/webm", "video/webm", "audio/ogg", "audio/opus"],
  snapshot: ["image/jpeg", "image/png", "image/webp"],
} as const;

/** One re-record: the first recording and one more. */
const MAX_RECORDINGS = 2;

/**
 * The type of an upload, from its bytes; what the browser claimed is
 * never asked. A WebM with only audio is reported as video/webm by the
 * sniffer, so it is stored as audio/webm.
 */
export async function sniff(
  kind: keyof typeof ACCEPTED,
  bytes: Buffer,
): Promise<string> {
  const found = await fileTypeFromBuffer(bytes);
  const accepted: readonly string[] = ACCEPTED[kind];
  if (!found || !accepted.includes(found.mime)) {
    throw new UploadRefused(
      415,
      kind === "audio"
        ? "The recording is not WebM or Ogg audio. Record it again in this page."
        : "The snapshot is not a JPEG, PNG or WebP image.",
    );
  }
  return kind === "audio" && found.mime === "video/webm"
    ? "audio/webm"
    : found.mime;
}

/** Keeps the recording of the speaking task in progress. */
export async function receiveRecording(
  token: string,
  input: { taskId: string; bytes: Buffer; durationSeconds: number | null },
): Promise<{ recordings: number }> {
  const { invitation } = await openInvitation(token);
  const contentType = await sniff("audio", input.bytes);

  return db().transaction(async (tx) => {
    const attempt = await lockAttempt(tx, invitation.id);
    const task = currentTask(attempt, input.taskId);
    if (task.kind !== "speaking") {
      throw new AppError("conflict", "This task is answered in writing.");
    }
    if ((input.durationSeconds ?? 0) > task.maxAnswerSeconds + 15) {
      throw new AppError("conflict", "The recording is longer than allowed.");
    }
    const [response] = await tx
      .select({ recordings: taskResponses.recordings })
      .from(taskResponses)
      .where(
        and(
          eq(taskResponses.attemptId, attempt.id),
          eq(taskResponses.taskId, task.id),
        ),
      );
    if ((response?.recordings ?? 0) >= MAX_RECORDINGS) {
      throw new AppError("conflict", "This answer was already recorded twice.");
    }

    const audioId = await storeMedia(tx, {
      organizationId: attempt.organizationId,
      attemptId: attempt.id,
      kind: "audio",
      taskId: task.id,
      contentType,
      bytes: input.bytes,
      durationSeconds: input.durationSeconds,
    });
    const [saved] = await tx
      .insert(taskResponses)
      .values({
        organizationId: attempt.organizationId,
        attemptId: attempt.id,
        taskId: task.id,
        kind: "speaking",
        audioId,
        recordings: 1,
      })
      .onConflictDoUpdate({
        target: [taskResponses.attemptId, taskResponses.taskId],
        set: { audioId, recordings: sql`${taskResponses.recordings} + 1` },
      })
      .returning({ recordings: taskResponses.recordings });
    return { recordings: saved?.recordings ?? 1 };
  });
}

/** Keeps a webcam snapshot taken while the attempt is in progress. */
export async function receiveSnapshot(
  token: string,
  input: { taskId: string | null; bytes: Buffer },
): Promise<void> {
  const { invitation } = await openInvitation(token);
  const contentType = await sniff("snapshot", input.bytes);

  await db().transaction(async (tx) => {
    const attempt = await lockAttempt(tx, invitation.id);
    await storeMedia(tx, {
      organizationId: attempt.organizationId,
      attemptId: attempt.id,
      kind: "snapshot",
      taskId: input.taskId,
      contentType,
      bytes: input.bytes,
    });
  });
}

/** How many snapshots an attempt has, for the integrity check at submit. */
export async function countSnapshots(attemptId: string): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(mediaObjects)
    .where(
      and(
        eq(mediaObjects.attemptId, attemptId),
        eq(mediaObjects.kind, "snapshot"),
      ),
    );
  return row?.n ?? 0;
}
