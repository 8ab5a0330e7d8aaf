import { randomUUID } from "node:crypto";

import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import {
  assessments,
  attempts,
  memberships,
  taskResponses,
  users,
} from "@/db/schema";
import {
  assessmentSchema,
  type AssessmentInput,
} from "@/lib/assessments/schemas";
import type { Role } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { signUp } from "@/lib/auth/sign-up";
import { storeMedia } from "@/lib/media/storage";
import type { Scorer, ScoringRequest } from "@/lib/scoring/types";

export const STRONG_PASSWORD = "violet-harbour-lantern-42";

export function uniqueEmail(label = "person"): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.hallo.example`;
}

/** A new organization and the scope of its owner. */
export async function createOrganization(name = "Test Org"): Promise<Scope> {
  const { organizationId, userId } = await signUp({
    organizationName: name,
    name: "Olivia Owner",
    email: uniqueEmail("owner"),
    password: STRONG_PASSWORD,
  });
  return { organizationId, userId, role: "owner" };
}

/** Adds a person with `role` to the organization of `scope`. */
export async function addMember(scope: Scope, role: Role) {
  const email = uniqueEmail(role);
  return db().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name: `Test ${role}`, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id });
    if (!user) throw new Error("insert returned no row");
    const [membership] = await tx
      .insert(memberships)
      .values({ organizationId: scope.organizationId, userId: user.id, role })
      .returning({ id: memberships.id });
    if (!membership) throw new Error("insert returned no row");

    const memberScope: Scope = {
      organizationId: scope.organizationId,
      userId: user.id,
      role,
    };
    return { scope: memberScope, membershipId: membership.id, email };
  });
}

/** A valid assessment with one speaking and one writing task. */
export function assessmentInput(name = "Front desk English"): AssessmentInput {
  return assessmentSchema.parse({
    name,
    language: "en-GB",
    targetLevel: "B2",
    validityDays: 7,
    tasks: [
      {
        kind: "speaking",
        prompt: "Greet a guest who arrives late at night.",
        preparationSeconds: 30,
        maxAnswerSeconds: 90,
      },
      {
        kind: "writing",
        prompt: "Write an email confirming a booking.",
        minWords: 80,
        maxWords: 150,
        timeLimitSeconds: 900,
      },
    ],
  });
}

/** A minimal assessment owned by the scope's organization. */
export async function createTestAssessment(scope: Scope, name?: string) {
  const [row] = await db()
    .insert(assessments)
    .values({
      organizationId: scope.organizationId,
      name: name ?? `Assessment ${randomUUID().slice(0, 8)}`,
      language: "en-GB",
      targetLevel: "B2",
      validityDays: 7,
      tasks: [
        {
          id: randomUUID(),
          kind: "writing",
          prompt: "Write a short reply to a customer whose parcel is late.",
          minWords: 60,
          maxWords: 150,
          timeLimitSeconds: 900,
        },
      ],
      createdByUserId: scope.userId,
    })
    .returning({ id: assessments.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}

/** A member allowed to review results. */
export async function addReviewer(scope: Scope) {
  const member = await addMember(scope, "member");
  await db()
    .update(memberships)
    .set({ reviewer: true })
    .where(eq(memberships.id, member.membershipId));
  return member;
}

const SPOKEN_TASK = "task-spoken";
const WRITTEN_TASK = "task-written";

/**
 * A submitted attempt at `invitationId` with one spoken answer (a short
 * recording, and a transcript unless `transcript` is null) and one
 * written answer.
 */
export async function createSubmittedAttempt(
  scope: Scope,
  invitationId: string,
  transcript: string | null = "Good evening, welcome to our hotel.",
) {
  const organizationId = scope.organizationId;
  const [attempt] = await db()
    .insert(attempts)
    .values({
      organizationId,
      invitationId,
      language: "en-GB",
      targetLevel: "B2",
      consentedAt: new Date(),
      submittedAt: new Date(),
      tasks: [
        {
          id: SPOKEN_TASK,
          kind: "speaking",
          prompt: "Greet a guest who arrives late at night.",
          preparationSeconds: 30,
          maxAnswerSeconds: 90,
        },
        {
          id: WRITTEN_TASK,
          kind: "writing",
          prompt: "Write an email confirming a booking.",
          minWords: 5,
          maxWords: 150,
          timeLimitSeconds: 900,
        },
      ],
    })
    .returning({ id: attempts.id });
  if (!attempt) throw new Error("insert returned no attempt");

  const audioId = await storeMedia(db(), {
    organizationId,
    attemptId: attempt.id,
    kind: "audio",
    taskId: SPOKEN_TASK,
    contentType: "audio/webm",
    bytes: Buffer.from("not really webm"),
    durationSeconds: 14,
  });
  await db()
    .insert(taskResponses)
    .values([
      {
        organizationId,
        attemptId: attempt.id,
        taskId: SPOKEN_TASK,
        kind: "speaking",
        audioId,
        transcript,
      },
      {
        organizationId,
        attemptId: attempt.id,
        taskId: WRITTEN_TASK,
        kind: "writing",
        text: "Dear guest, your room is booked for two nights.",
        wordCount: 9,
      },
    ]);
  return {
    attemptId: attempt.id,
    audioId,
    taskIds: [SPOKEN_TASK, WRITTEN_TASK],
  };
}

/**
 * A scorer that answers `status` for every request and keeps the requests
 * it was given, for tests of code that runs a scorer.
 */
export function fakeScorer(status: "scored" | "needs_review" = "scored") {
  const requests: ScoringRequest[] = [];
  const scorer: Scorer = {
    name: "fake",
    async score(request) {
      requests.push(request);
      const scored = status === "scored";
      return {
        status,
        overall: scored ? { level: "B2", score: 6.44 } : null,
        subScores: scored ? { grammar: 6.5, vocabulary: 7 } : {},
        tasks: request.responses.map((response) => ({
          taskId: response.taskId,
          level: scored || response.kind === "writing" ? "B2" : null,
          score: scored || response.kind === "writing" ? 6.4 : null,
          notes: ["Polite and clear."],
          transcript: response.kind === "speaking" ? response.transcript : null,
        })),
        improvements: ["Vary sentence openings.", "Use more linking words."],
        confidence: scored ? 0.8 : 0.3,
        reviewReasons: scored ? [] : ["A spoken answer has no transcript."],
        scorer: { name: "fake", version: "0.1" },
      };
    },
  };
  return { scorer, requests };
}
