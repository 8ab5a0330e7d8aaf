import "server-only";

import { and, asc, count, desc, eq, isNull } from "drizzle-orm";

import { db } from "@/db/client";
import { assessments, attempts, invitations, results } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import { assertReviewer, isReviewer } from "@/lib/results/access";

export const REVIEW_TABS = ["waiting", "scored"] as const;

export type ReviewTab = (typeof REVIEW_TABS)[number];

/** How many rows a tab shows; the oldest waiting results come first. */
export const REVIEW_PAGE_SIZE = 100;

export type ReviewQueueItem = Awaited<
  ReturnType<typeof listReviewQueue>
>[number];

/**
 * Current results of the organization: those waiting for a reviewer,
 * oldest first, or the final ones, newest first, to amend.
 */
export async function listReviewQueue(scope: Scope, tab: ReviewTab) {
  await assertReviewer(scope);

  const status = tab === "waiting" ? "needs_review" : "final";
  return db()
    .select({
      invitationId: results.invitationId,
      candidateName: invitations.candidateName,
      postingName: invitations.postingName,
      assessmentName: assessments.name,
      language: attempts.language,
      since: results.createdAt,
      reasons: results.reviewReasons,
      overallLevel: results.overallLevel,
      overallScore: results.overallScore,
      scorerName: results.scorerName,
      version: results.version,
    })
    .from(results)
    .innerJoin(invitations, eq(invitations.id, results.invitationId))
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .innerJoin(attempts, eq(attempts.id, results.attemptId))
    .where(
      inOrganization(
        scope,
        results.organizationId,
        isNull(results.supersededAt),
        eq(results.status, status),
      ),
    )
    .orderBy(
      tab === "waiting" ? asc(results.createdAt) : desc(results.createdAt),
    )
    .limit(REVIEW_PAGE_SIZE);
}

/** How many current results wait for a reviewer. */
export async function countAwaitingReview(scope: Scope): Promise<number> {
  const [row] = await db()
    .select({ total: count() })
    .from(results)
    .where(
      and(
        eq(results.organizationId, scope.organizationId),
        isNull(results.supersededAt),
        eq(results.status, "needs_review"),
      ),
    );
  return row?.total ?? 0;
}

/** The navigation's badge; not found for people who do not review. */
export async function reviewSummary(scope: Scope) {
  if (!(await isReviewer(scope))) throw notFound("The review queue");
  return { waiting: await countAwaitingReview(scope) };
}
