import "server-only";

import { eq } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { attempts, type SubScores, type TaskNoteRecord } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Scope } from "@/lib/auth/scope";
import { AppError, notFound } from "@/lib/errors";
import { recordStep } from "@/lib/invitations/timeline";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { assertReviewer } from "@/lib/results/access";
import { SUB_SKILLS, type ReviewInput } from "@/lib/results/schemas";
import {
  addResultVersion,
  lockForNewVersion,
  type ResultRow,
} from "@/lib/results/versions";

/**
 * Saves a reviewer's scoring as the invitation's next, final version and
 * queues it for Lever; a result already in Lever gets its form updated.
 * Refused when someone else saved a newer version in the meantime.
 */
export async function saveReview(scope: Scope, input: ReviewInput) {
  await assertReviewer(scope);

  return transactionWithJobs(async (tx, send) => {
    const locked = await lockForNewVersion(
      tx,
      scope.organizationId,
      input.invitationId,
    );
    const previous = locked?.current;
    if (!locked || !previous) throw notFound("That result");
    if (previous.version !== input.basedOnVersion) {
      throw new AppError(
        "conflict",
        "Someone saved a newer version of this result while you were reviewing. Reload the page to see it.",
      );
    }

    const tasks = await reviewedTasks(tx, previous, input);
    const row = await addResultVersion(tx, send, {
      organizationId: previous.organizationId,
      invitationId: previous.invitationId,
      attemptId: previous.attemptId,
      opportunityId: locked.invitation.opportunityId,
      status: "final",
      overallLevel: input.overallLevel,
      overallScore: input.overallScore,
      subScores: averageSubScores(tasks) ?? previous.subScores,
      tasks,
      improvements: input.improvements,
      confidence: 1,
      reviewReasons: [],
      ...reviewerScorer(previous),
      reviewedByUserId: scope.userId,
      reviewComment: input.reviewComment || null,
    });

    await recordReview(tx, scope, locked.invitation, previous, row);
    return { invitationId: row.invitationId, version: row.version };
  });
}

/** The reviewer's tasks, in the attempt's order, keeping earlier notes. */
async function reviewedTasks(
  tx: Executor,
  previous: ResultRow,
  input: ReviewInput,
): Promise<TaskNoteRecord[]> {
  const [attempt] = await tx
    .select({ tasks: attempts.tasks })
    .from(attempts)
    .where(eq(attempts.id, previous.attemptId));
  const asked = attempt?.tasks ?? [];

  const unknown = input.tasks.find(
    (task) => !asked.some((t) => t.id === task.taskId),
  );
  if (unknown || input.tasks.length !== asked.length) {
    throw new AppError("unprocessable", "Score every task of this attempt.");
  }

  return asked.map((task) => {
    const given = input.tasks.find((t) => t.taskId === task.id)!;
    const before = previous.tasks.find((t) => t.taskId === task.id);
    return {
      taskId: task.id,
      level: given.level,
      score: given.score,
      subScores: given.subScores as SubScores,
      notes: before?.notes ?? [],
      transcript: before?.transcript ?? null,
      ...(given.comment ? { comment: given.comment } : {}),
    };
  });
}

/** Each sub-skill's mean over the tasks that judged it, or null if none. */
export function averageSubScores(tasks: TaskNoteRecord[]): SubScores | null {
  const averages: SubScores = {};
  for (const skill of SUB_SKILLS) {
    const given = tasks
      .map((task) => task.subScores[skill])
      .filter((score) => score !== undefined);
    if (given.length === 0) continue;
    const mean = given.reduce((sum, score) => sum + score, 0) / given.length;
    averages[skill] = Math.round(mean * 10) / 10;
  }
  return Object.keys(averages).length > 0 ? averages : null;
}

/**
 * "human" for a result only a person scored; "<scorer>+human" when a
 * person amended or completed what a scorer measured.
 */
export function reviewerScorer(previous: ResultRow) {
  const version = "1";
  if (previous.scorerName.endsWith("human")) {
    return { scorerName: previous.scorerName, scorerVersion: version };
  }
  const measured = previous.tasks.some((task) => task.level !== null);
  return {
    scorerName: measured ? `${previous.scorerName}+human` : "human",
    scorerVersion: version,
  };
}

async function recordReview(
  tx: Executor,
  scope: Scope,
  invitation: { id: string; opportunityId: string },
  previous: ResultRow,
  row: ResultRow,
) {
  const amended = previous.status === "final";
  await recordStep(tx, {
    organizationId: row.organizationId,
    opportunityId: invitation.opportunityId,
    invitationId: invitation.id,
    step: "scoring.reviewed",
    outcome: "ok",
    detail: `${amended ? "Amended" : "Scored"} by a reviewer: ${row.overallLevel} · ${row.overallScore?.toFixed(1)} / 10 (version ${row.version}).`,
  });
  await recordAudit(tx, scope, {
    kind: amended ? "result.amended" : "result.reviewed",
    subjectType: "invitation",
    subjectId: invitation.id,
    before: summaryOf(previous),
    after: summaryOf(row),
  });
}

function summaryOf(row: ResultRow) {
  return {
    version: row.version,
    status: row.status,
    level: row.overallLevel,
    score: row.overallScore,
    scorer: row.scorerName,
  };
}
