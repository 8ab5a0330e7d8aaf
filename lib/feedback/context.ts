import { count, eq, and } from "drizzle-orm";

import { db } from "@/db/client";
import {
  assessmentRules,
  assessments,
  attempts,
  feedbackPosts,
  integrityEvents,
  invitations,
  leverConnections,
  mediaObjects,
  results,
} from "@/db/schema";
import { summarizeIntegrity } from "@/lib/reports/integrity";

export type WriteBack = NonNullable<Awaited<ReturnType<typeof loadWriteBack>>>;

/**
 * Everything one write-back needs: its row, the result it should show,
 * the invitation, the rule's options, the assessment's name, the Lever
 * connection and the attempt's integrity signals.
 */
export async function loadWriteBack(invitationId: string) {
  const [row] = await db()
    .select({
      post: feedbackPosts,
      result: results,
      invitation: invitations,
      rule: assessmentRules,
      assessmentName: assessments.name,
      targetLevel: attempts.targetLevel,
      connection: leverConnections,
    })
    .from(feedbackPosts)
    .innerJoin(results, eq(results.id, feedbackPosts.resultId))
    .innerJoin(invitations, eq(invitations.id, feedbackPosts.invitationId))
    .innerJoin(assessmentRules, eq(assessmentRules.id, invitations.ruleId))
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .innerJoin(attempts, eq(attempts.id, results.attemptId))
    .leftJoin(
      leverConnections,
      eq(leverConnections.organizationId, feedbackPosts.organizationId),
    )
    .where(eq(feedbackPosts.invitationId, invitationId));
  if (!row) return null;

  return { ...row, integrity: await integrityOf(row.result.attemptId) };
}

async function integrityOf(attemptId: string) {
  const [events, [snapshots]] = await Promise.all([
    db()
      .select({
        kind: integrityEvents.kind,
        taskId: integrityEvents.taskId,
        amount: integrityEvents.amount,
        at: integrityEvents.at,
      })
      .from(integrityEvents)
      .where(eq(integrityEvents.attemptId, attemptId)),
    db()
      .select({ n: count() })
      .from(mediaObjects)
      .where(
        and(
          eq(mediaObjects.attemptId, attemptId),
          eq(mediaObjects.kind, "snapshot"),
        ),
      ),
  ]);
  return summarizeIntegrity(events, snapshots?.n ?? 0);
}
