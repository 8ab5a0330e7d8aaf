import "server-only";

import { and, asc, count, eq, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { z } from "zod";

import { db } from "@/db/client";
import {
  assessments,
  attempts,
  integrityEvents,
  invitations,
  mediaObjects,
  organizations,
  results,
  taskResponses,
  users,
  type AssessmentTask,
  type TaskNoteRecord,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { summarizeIntegrity } from "@/lib/reports/integrity";

export type Report = NonNullable<Awaited<ReturnType<typeof loadReport>>>;
export type ReportTask = Report["tasks"][number];
export type ReportResult = Report["result"];

const reviewers = alias(users, "reviewers");

/**
 * The report of one invitation of the scope's organization, or null when
 * it belongs elsewhere or has no result yet.
 */
export async function findReport(scope: Scope, invitationId: string) {
  if (!z.uuid().safeParse(invitationId).success) return null;
  return loadReport(scope.organizationId, invitationId);
}

/**
 * Everything the report shows, read for one organization. Callers prove
 * the organization first: from the session, or from a report link.
 */
export async function loadReport(organizationId: string, invitationId: string) {
  const head = await loadHead(organizationId, invitationId);
  if (!head) return null;

  const attemptId = head.result.attemptId;
  const [attempt, responses, snapshots, events, history] = await Promise.all([
    loadAttempt(organizationId, attemptId),
    loadResponses(organizationId, attemptId),
    loadSnapshots(organizationId, attemptId),
    loadIntegrityEvents(organizationId, attemptId),
    countVersions(organizationId, invitationId),
  ]);

  return {
    ...head.invitation,
    language: attempt?.language ?? null,
    targetLevel: attempt?.targetLevel ?? null,
    result: { ...head.result, versions: history },
    tasks: joinTasks(attempt?.tasks ?? [], responses, head.result.tasks),
    snapshots,
    integrity: summarizeIntegrity(events, snapshots.length),
  };
}

async function loadHead(organizationId: string, invitationId: string) {
  const [row] = await db()
    .select({
      invitation: {
        invitationId: invitations.id,
        candidateName: invitations.candidateName,
        anonymizedAt: invitations.anonymizedAt,
        postingName: invitations.postingName,
        completedAt: invitations.completedAt,
        assessmentName: assessments.name,
        organizationName: organizations.name,
      },
      result: {
        attemptId: results.attemptId,
        version: results.version,
        status: results.status,
        overallLevel: results.overallLevel,
        overallScore: results.overallScore,
        subScores: results.subScores,
        tasks: results.tasks,
        improvements: results.improvements,
        confidence: results.confidence,
        reviewReasons: results.reviewReasons,
        scorerName: results.scorerName,
        scorerVersion: results.scorerVersion,
        reviewerName: reviewers.name,
        reviewComment: results.reviewComment,
        scoredAt: results.createdAt,
      },
    })
    .from(invitations)
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .innerJoin(
      results,
      and(
        eq(results.invitationId, invitations.id),
        isNull(results.supersededAt),
      ),
    )
    .leftJoin(reviewers, eq(reviewers.id, results.reviewedByUserId))
    .where(
      and(
        eq(invitations.id, invitationId),
        eq(invitations.organizationId, organizationId),
      ),
    );
  return row ?? null;
}

async function loadAttempt(organizationId: string, attemptId: string) {
  const [row] = await db()
    .select({
      language: attempts.language,
      targetLevel: attempts.targetLevel,
      tasks: attempts.tasks,
    })
    .from(attempts)
    .where(
      and(
        eq(attempts.id, attemptId),
        eq(attempts.organizationId, organizationId),
      ),
    );
  return row ?? null;
}

function loadResponses(organizationId: string, attemptId: string) {
  return db()
    .select({
      taskId: taskResponses.taskId,
      text: taskResponses.text,
      wordCount: taskResponses.wordCount,
      audioId: taskResponses.audioId,
      transcript: taskResponses.transcript,
    })
    .from(taskResponses)
    .where(
      and(
        eq(taskResponses.attemptId, attemptId),
        eq(taskResponses.organizationId, organizationId),
      ),
    );
}

function loadSnapshots(organizationId: string, attemptId: string) {
  return db()
    .select({
      id: mediaObjects.id,
      taskId: mediaObjects.taskId,
      takenAt: mediaObjects.takenAt,
    })
    .from(mediaObjects)
    .where(
      and(
        eq(mediaObjects.attemptId, attemptId),
        eq(mediaObjects.organizationId, organizationId),
        eq(mediaObjects.kind, "snapshot"),
      ),
    )
    .orderBy(asc(mediaObjects.takenAt));
}

function loadIntegrityEvents(organizationId: string, attemptId: string) {
  return db()
    .select({
      kind: integrityEvents.kind,
      taskId: integrityEvents.taskId,
      amount: integrityEvents.amount,
      at: integrityEvents.at,
    })
    .from(integrityEvents)
    .where(
      and(
        eq(integrityEvents.attemptId, attemptId),
        eq(integrityEvents.organizationId, organizationId),
      ),
    )
    .orderBy(asc(integrityEvents.at));
}

async function countVersions(organizationId: string, invitationId: string) {
  const [row] = await db()
    .select({ total: count() })
    .from(results)
    .where(
      and(
        eq(results.invitationId, invitationId),
        eq(results.organizationId, organizationId),
      ),
    );
  return row?.total ?? 1;
}

type Response = Awaited<ReturnType<typeof loadResponses>>[number];

/** The tasks as asked, in order, each with its answer and the notes. */
function joinTasks(
  tasks: AssessmentTask[],
  responses: Response[],
  notes: TaskNoteRecord[],
) {
  return tasks.map((task, index) => {
    const response = responses.find((r) => r.taskId === task.id);
    const note = notes.find((n) => n.taskId === task.id) ?? null;
    return {
      number: index + 1,
      id: task.id,
      kind: task.kind,
      prompt: task.prompt,
      text: response?.text ?? null,
      wordCount: response?.wordCount ?? null,
      audioId: response?.audioId ?? null,
      transcript: response?.transcript ?? note?.transcript ?? null,
      level: note?.level ?? null,
      score: note?.score ?? null,
      notes: note?.notes ?? [],
      comment: note?.comment ?? null,
    };
  });
}
