import { db } from "@/db/client";
import type { TaskNoteRecord } from "@/db/schema";
import { recordStep } from "@/lib/invitations/timeline";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { logFor } from "@/lib/log";
import {
  buildScoringRequest,
  loadSubmittedAttempt,
  type SubmittedAttempt,
} from "@/lib/results/scoring-request";
import {
  addResultVersion,
  findCurrentResult,
  lockForNewVersion,
  type NewResult,
  type ResultRow,
} from "@/lib/results/versions";
import type { Scorer, ScoringResult } from "@/lib/scoring/types";

export type ScoreOptions = {
  /**
   * The version current when an admin asked for a re-score. The re-score
   * is done once a newer version exists, so a repeated job adds nothing.
   */
  rescoreOf?: number;
};

/**
 * Scores a submitted attempt with `scorer` and adds the result as the
 * invitation's next version. Safe to run twice: an attempt whose current
 * result already comes from this submission is left alone, unless this is
 * a re-score that has not happened yet. Returns the new version, if any.
 */
export async function scoreWith(
  attemptId: string,
  scorer: Scorer,
  options: ScoreOptions = {},
): Promise<ResultRow | null> {
  const log = logFor({ job: "attempts.score", attemptId });
  const attempt = await loadSubmittedAttempt(attemptId);
  if (!attempt) {
    log.warn("attempt not found or not submitted; nothing to score");
    return null;
  }
  if (await isDone(attempt, options)) return null;

  // The scorer may call out to a model for a while: no lock is held then.
  const scored = await scorer.score(await buildScoringRequest(attempt));

  const row = await transactionWithJobs(async (tx, send) => {
    const locked = await lockForNewVersion(
      tx,
      attempt.organizationId,
      attempt.invitationId,
    );
    if (!locked || alreadyScored(locked.current, attempt, options)) {
      return null;
    }

    const added = await addResultVersion(tx, send, {
      ...resultValues(attempt, scored),
      opportunityId: attempt.opportunityId,
    });
    await recordStep(tx, scoringStep(attempt, added, options));
    return added;
  });
  if (row) log.info({ version: row.version, status: row.status }, "scored");
  return row;
}

async function isDone(attempt: SubmittedAttempt, options: ScoreOptions) {
  const current = await findCurrentResult(db(), attempt.invitationId);
  return alreadyScored(current, attempt, options);
}

function alreadyScored(
  current: ResultRow | null,
  attempt: SubmittedAttempt,
  options: ScoreOptions,
): boolean {
  if (!current) return false;
  if (options.rescoreOf !== undefined) {
    return current.version > options.rescoreOf;
  }
  return (
    current.attemptId === attempt.attemptId &&
    current.createdAt >= attempt.submittedAt
  );
}

const oneDecimal = (score: number) => Math.round(score * 10) / 10;

function resultValues(
  attempt: SubmittedAttempt,
  scored: ScoringResult,
): NewResult {
  // A "scored" answer without an overall level has nothing to report.
  const final = scored.status === "scored" && scored.overall !== null;
  const reasons = final
    ? []
    : scored.reviewReasons.length > 0
      ? scored.reviewReasons
      : ["The scorer gave no overall level."];

  return {
    organizationId: attempt.organizationId,
    invitationId: attempt.invitationId,
    attemptId: attempt.attemptId,
    status: final ? "final" : "needs_review",
    overallLevel: scored.overall?.level ?? null,
    overallScore: scored.overall ? oneDecimal(scored.overall.score) : null,
    subScores: scored.subScores,
    tasks: scored.tasks.map((task): TaskNoteRecord => ({
      ...task,
      score: task.score === null ? null : oneDecimal(task.score),
      subScores: {},
    })),
    improvements: scored.improvements,
    confidence: scored.confidence,
    reviewReasons: reasons,
    scorerName: scored.scorer.name,
    scorerVersion: scored.scorer.version,
  };
}

function scoringStep(
  attempt: SubmittedAttempt,
  row: ResultRow,
  options: ScoreOptions,
) {
  const again = options.rescoreOf !== undefined ? "Scored again" : "Scored";
  const by = `${row.scorerName} ${row.scorerVersion}`;
  const common = {
    organizationId: attempt.organizationId,
    opportunityId: attempt.opportunityId,
    invitationId: attempt.invitationId,
  };
  if (row.status === "needs_review") {
    return {
      ...common,
      step: "scoring.needs_review",
      outcome: "waiting" as const,
      detail: `${again} by ${by}; waiting for a reviewer: ${row.reviewReasons.join(" ")}`,
    };
  }
  return {
    ...common,
    step: "scoring.finished",
    outcome: "ok" as const,
    detail: `${again} ${row.overallLevel} · ${row.overallScore?.toFixed(1)} / 10 by ${by} (version ${row.version}).`,
  };
}
