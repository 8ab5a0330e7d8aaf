import { and, eq, sql } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import { attempts, integrityEvents, taskResponses } from "@/db/schema";
import {
  currentTask,
  lockAttempt,
  openInvitation,
} from "@/lib/attempts/candidate";
import { AppError } from "@/lib/errors";

// Answers arriving a little after a limit (a slow network, the final
// save of an auto-submit) are still taken.
const GRACE_SECONDS = 15;

export function countWords(text: string): number {
  return text.trim().split(/\s+/u).filter(Boolean).length;
}

/**
 * Saves the written answer of the task in progress; called while the
 * candidate types and once more when they move on.
 */
export async function saveWriting(
  token: string,
  input: { taskId: string; text: string },
): Promise<{ words: number }> {
  const { invitation } = await openInvitation(token);
  const words = countWords(input.text);

  await db().transaction(async (tx) => {
    const attempt = await lockAttempt(tx, invitation.id);
    const task = currentTask(attempt, input.taskId);
    if (task.kind !== "writing") {
      throw new AppError("conflict", "This task is answered by speaking.");
    }
    const started = await startedAt(attempt.id, task.id);
    if (started && overdue(started, task.timeLimitSeconds)) {
      throw new AppError("conflict", "The time for this task is over.");
    }
    await tx
      .insert(taskResponses)
      .values({
        organizationId: attempt.organizationId,
        attemptId: attempt.id,
        taskId: task.id,
        kind: "writing",
        text: input.text,
        wordCount: words,
      })
      .onConflictDoUpdate({
        target: [taskResponses.attemptId, taskResponses.taskId],
        set: { text: input.text, wordCount: words },
      });
  });
  return { words };
}

/** Closes the task in progress and opens the next one. */
export async function finishTask(
  token: string,
  input: { taskId: string },
): Promise<{ currentTask: number }> {
  const { invitation } = await openInvitation(token);

  return db().transaction(async (tx) => {
    const attempt = await lockAttempt(tx, invitation.id);
    const task = currentTask(attempt, input.taskId);
    if (
      task.kind === "speaking" &&
      !(await hasRecording(tx, attempt.id, task.id))
    ) {
      throw new AppError("conflict", "Record your answer before going on.");
    }
    await tx
      .insert(taskResponses)
      .values({
        organizationId: attempt.organizationId,
        attemptId: attempt.id,
        taskId: task.id,
        kind: task.kind,
        submittedAt: new Date(),
      })
      .onConflictDoUpdate({
        target: [taskResponses.attemptId, taskResponses.taskId],
        set: { submittedAt: new Date() },
      });
    const next = attempt.currentTask + 1;
    await tx
      .update(attempts)
      .set({ currentTask: next })
      .where(eq(attempts.id, attempt.id));
    return { currentTask: next };
  });
}

async function hasRecording(tx: Executor, attemptId: string, taskId: string) {
  const [row] = await tx
    .select({ id: taskResponses.id })
    .from(taskResponses)
    .where(
      and(
        eq(taskResponses.attemptId, attemptId),
        eq(taskResponses.taskId, taskId),
        sql`${taskResponses.audioId} is not null`,
      ),
    );
  return Boolean(row);
}

/** When the candidate first saw a task: its response row's start. */
async function startedAt(attemptId: string, taskId: string) {
  const [row] = await db()
    .select({ startedAt: taskResponses.startedAt })
    .from(taskResponses)
    .where(
      and(
        eq(taskResponses.attemptId, attemptId),
        eq(taskResponses.taskId, taskId),
      ),
    );
  return row?.startedAt ?? null;
}

function overdue(started: Date, limitSeconds: number): boolean {
  const deadline = started.getTime() + (limitSeconds + GRACE_SECONDS) * 1000;
  return Date.now() > deadline;
}

export type IntegritySignal = {
  kind: "tab_hidden" | "window_blur" | "paste" | "camera_unavailable";
  taskId?: string;
  amount?: number;
};

/** A signal the page noticed: leaving the tab, a paste, no camera. */
export async function recordIntegrity(
  token: string,
  signal: IntegritySignal,
): Promise<void> {
  const { invitation } = await openInvitation(token);
  const [attempt] = await db()
    .select({ id: attempts.id, organizationId: attempts.organizationId })
    .from(attempts)
    .where(
      and(
        eq(attempts.invitationId, invitation.id),
        sql`${attempts.submittedAt} is null`,
      ),
    );
  if (!attempt) return;

  await db()
    .insert(integrityEvents)
    .values({
      organizationId: attempt.organizationId,
      attemptId: attempt.id,
      kind: signal.kind,
      taskId: signal.taskId ?? null,
      amount: signal.amount ?? null,
    });
}
