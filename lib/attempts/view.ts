import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { attempts, taskResponses } from "@/db/schema";
import type { AssessmentTask } from "@/db/schema";

export type AttemptView = {
  tasks: AssessmentTask[];
  currentTask: number;
  snapshotIntervalSeconds: number;
  /** Saved written answers and recording counts, by task id. */
  answers: Record<
    string,
    { text: string | null; recordings: number; startedAt: string }
  >;
};

/** Where a started attempt stands, so a reload resumes at the same task. */
export async function loadAttemptView(
  invitationId: string,
): Promise<AttemptView | null> {
  const [attempt] = await db()
    .select()
    .from(attempts)
    .where(eq(attempts.invitationId, invitationId));
  if (!attempt) return null;

  const responses = await db()
    .select({
      taskId: taskResponses.taskId,
      text: taskResponses.text,
      recordings: taskResponses.recordings,
      startedAt: taskResponses.startedAt,
    })
    .from(taskResponses)
    .where(eq(taskResponses.attemptId, attempt.id));

  return {
    tasks: attempt.tasks,
    currentTask: attempt.currentTask,
    snapshotIntervalSeconds: attempt.snapshotIntervalSeconds,
    answers: Object.fromEntries(
      responses.map((r) => [
        r.taskId,
        {
          text: r.text,
          recordings: r.recordings,
          startedAt: r.startedAt.toISOString(),
        },
      ]),
    ),
  };
}
