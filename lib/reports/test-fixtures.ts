import { randomUUID } from "node:crypto";

import { db } from "@/db/client";
import type { invitations } from "@/db/schema";
import { attempts, integrityEvents, results, taskResponses } from "@/db/schema";
import type { CefrLevel } from "@/lib/assessments/schemas";
import type { Scope } from "@/lib/auth/scope";
import { storeMedia } from "@/lib/media/storage";
import { createTestInvitation } from "@/lib/testing/invitations";

type InvitationValues = Partial<typeof invitations.$inferInsert>;

const SPEAKING_ID = "task-speaking";
const WRITING_ID = "task-writing";

/**
 * A completed invitation with an attempt, one spoken and one written
 * answer, a snapshot, two integrity signals and a current result.
 */
export async function createScoredInvitation(
  scope: Scope,
  level: CefrLevel = "B2",
  values: InvitationValues = {},
) {
  const invitation = await createTestInvitation(scope, {
    status: "scored",
    openedAt: new Date(),
    startedAt: new Date(),
    completedAt: new Date(),
    ...values,
  });
  const organizationId = scope.organizationId;
  const attemptId = randomUUID();
  await db()
    .insert(attempts)
    .values({
      id: attemptId,
      organizationId,
      invitationId: invitation.id,
      language: "en-GB",
      targetLevel: "B2",
      consentedAt: new Date(),
      submittedAt: new Date(),
      tasks: [
        {
          id: SPEAKING_ID,
          kind: "speaking",
          prompt: "Greet a guest who arrives late.",
          preparationSeconds: 30,
          maxAnswerSeconds: 90,
        },
        {
          id: WRITING_ID,
          kind: "writing",
          prompt: "Confirm a booking by email.",
          minWords: 10,
          maxWords: 150,
          timeLimitSeconds: 900,
        },
      ],
    });

  const media = await addMedia(organizationId, attemptId);
  await addAnswers(organizationId, attemptId, media.audioId);
  await addResult(organizationId, invitation.id, attemptId, level);
  return { invitation, attemptId, ...media };
}

async function addMedia(organizationId: string, attemptId: string) {
  const audioId = await storeMedia(db(), {
    organizationId,
    attemptId,
    kind: "audio",
    taskId: SPEAKING_ID,
    contentType: "audio/webm",
    bytes: Buffer.from("fake webm audio"),
    durationSeconds: 12,
  });
  const snapshotId = await storeMedia(db(), {
    organizationId,
    attemptId,
    kind: "snapshot",
    taskId: SPEAKING_ID,
    contentType: "image/jpeg",
    bytes: Buffer.from("fake jpeg"),
  });
  await db()
    .insert(integrityEvents)
    .values([
      { organizationId, attemptId, kind: "tab_hidden", amount: 8 },
      { organizationId, attemptId, kind: "paste", amount: 40 },
    ]);
  return { audioId, snapshotId };
}

async function addAnswers(
  organizationId: string,
  attemptId: string,
  audioId: string,
) {
  await db()
    .insert(taskResponses)
    .values([
      {
        organizationId,
        attemptId,
        taskId: SPEAKING_ID,
        kind: "speaking",
        audioId,
        transcript: "Good evening, welcome to the hotel.",
      },
      {
        organizationId,
        attemptId,
        taskId: WRITING_ID,
        kind: "writing",
        text: "Dear guest, your booking is confirmed for two nights.",
        wordCount: 9,
      },
    ]);
}

async function addResult(
  organizationId: string,
  invitationId: string,
  attemptId: string,
  level: CefrLevel,
) {
  await db()
    .insert(results)
    .values({
      organizationId,
      invitationId,
      attemptId,
      version: 1,
      status: "final",
      overallLevel: level,
      overallScore: 6.5,
      subScores: { grammar: 6, vocabulary: 7 },
      tasks: [
        {
          taskId: WRITING_ID,
          level,
          score: 6.5,
          subScores: { grammar: 6 },
          notes: ["Clear and polite."],
          transcript: null,
        },
      ],
      improvements: ["Vary sentence openings.", "Use more linking words."],
      confidence: 0.8,
      reviewReasons: [],
      scorerName: "baseline",
      scorerVersion: "1.0.0",
    });
}
