import { and, eq } from "drizzle-orm";

import { db } from "@/db/client";
import {
  attempts,
  invitations,
  mediaObjects,
  taskResponses,
  type AssessmentTask,
} from "@/db/schema";
import { readMedia } from "@/lib/media/storage";
import type { ScoringRequest, TaskResponse } from "@/lib/scoring/types";

type Answer = typeof taskResponses.$inferSelect & {
  durationSeconds: number | null;
};

/**
 * A submitted attempt with what its invitation needs for the timeline and
 * the write-back, or null when there is nothing to score yet.
 */
export async function loadSubmittedAttempt(attemptId: string) {
  const [row] = await db()
    .select({
      attemptId: attempts.id,
      organizationId: attempts.organizationId,
      invitationId: attempts.invitationId,
      opportunityId: invitations.opportunityId,
      language: attempts.language,
      targetLevel: attempts.targetLevel,
      tasks: attempts.tasks,
      submittedAt: attempts.submittedAt,
    })
    .from(attempts)
    .innerJoin(invitations, eq(invitations.id, attempts.invitationId))
    .where(eq(attempts.id, attemptId));
  if (!row?.submittedAt) return null;
  return { ...row, submittedAt: row.submittedAt };
}

export type SubmittedAttempt = NonNullable<
  Awaited<ReturnType<typeof loadSubmittedAttempt>>
>;

/** What the scorer is given: every task as asked, with its answer. */
export async function buildScoringRequest(
  attempt: SubmittedAttempt,
): Promise<ScoringRequest> {
  const answers = await loadAnswers(attempt);
  const responses = await Promise.all(
    attempt.tasks.map((task) =>
      toResponse(
        attempt.organizationId,
        task,
        answers.find((answer) => answer.taskId === task.id),
      ),
    ),
  );
  return {
    language: attempt.language,
    targetLevel: attempt.targetLevel,
    responses,
  };
}

async function loadAnswers(attempt: SubmittedAttempt): Promise<Answer[]> {
  const rows = await db()
    .select({
      answer: taskResponses,
      durationSeconds: mediaObjects.durationSeconds,
    })
    .from(taskResponses)
    .leftJoin(mediaObjects, eq(mediaObjects.id, taskResponses.audioId))
    .where(
      and(
        eq(taskResponses.attemptId, attempt.attemptId),
        eq(taskResponses.organizationId, attempt.organizationId),
      ),
    );
  return rows.map((row) => ({
    ...row.answer,
    durationSeconds: row.durationSeconds,
  }));
}

async function toResponse(
  organizationId: string,
  task: AssessmentTask,
  answer: Answer | undefined,
): Promise<TaskResponse> {
  if (task.kind === "writing") {
    return {
      taskId: task.id,
      kind: "writing",
      prompt: task.prompt,
      minWords: task.minWords,
      maxWords: task.maxWords,
      text: answer?.text ?? "",
    };
  }

  const audio = answer?.audioId
    ? await readMedia(db(), organizationId, answer.audioId)
    : null;
  return {
    taskId: task.id,
    kind: "speaking",
    prompt: task.prompt,
    maxAnswerSeconds: task.maxAnswerSeconds,
    transcript: answer?.transcript ?? null,
    audio,
    durationSeconds: answer?.durationSeconds ?? null,
  };
}
