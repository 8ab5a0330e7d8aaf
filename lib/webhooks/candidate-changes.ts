import { and, eq, inArray, isNull } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import {
  attempts,
  emailMessages,
  integrityEvents,
  invitations,
  reportLinks,
  results,
  ruleBackfillCandidates,
  ruleBackfills,
  taskResponses,
  webhookDeliveries,
} from "@/db/schema";
import { deleteMediaOf } from "@/lib/media/storage";
import { plural } from "@/lib/assessments/format";
import { recordStep } from "@/lib/invitations/timeline";

/** Invitations that can still be cancelled: the candidate has not begun. */
export const PENDING = ["created", "sent", "opened", "failed"] as const;

type Delivery = { id: string; organizationId: string };

/** Lever archived the candidate: their unstarted invitations stop. */
export async function cancelForArchive(
  delivery: Delivery,
  opportunityId: string,
): Promise<string> {
  return db().transaction(async (tx) => {
    const cancelled = await tx
      .update(invitations)
      .set({ status: "cancelled", cancelledAt: new Date() })
      .where(
        and(
          eq(invitations.organizationId, delivery.organizationId),
          eq(invitations.opportunityId, opportunityId),
          inArray(invitations.status, [...PENDING]),
        ),
      )
      .returning({ id: invitations.id });

    for (const { id } of cancelled) {
      await recordStep(tx, {
        organizationId: delivery.organizationId,
        opportunityId,
        invitationId: id,
        deliveryId: delivery.id,
        step: "invitation.cancelled",
        outcome: "ok",
        detail: "The candidate was archived in Lever.",
      });
    }
    return cancelled.length === 0
      ? "Archived in Lever; no pending invitation to cancel."
      : `Archived in Lever; cancelled ${plural(cancelled.length, "invitation")}.`;
  });
}

/**
 * Lever deleted the candidate: everything personal held about them goes.
 * Invitation rows stay, without name or email, so counts still add up;
 * timeline steps never held personal data.
 *
 * Every table that stores candidate data must be cleared here.
 */
export async function purgeCandidate(
  organizationId: string,
  opportunityId: string,
  deliveryId: string | null,
): Promise<string> {
  let removeStored = async () => {};
  const outcome = await db().transaction(async (tx) => {
    const purged = await tx
      .update(invitations)
      .set({
        candidateName: null,
        candidateEmail: null,
        contactId: null,
        anonymizedAt: new Date(),
      })
      .where(
        and(
          eq(invitations.organizationId, organizationId),
          eq(invitations.opportunityId, opportunityId),
        ),
      )
      .returning({ id: invitations.id, status: invitations.status });
    const ids = purged.map((row) => row.id);

    if (ids.length > 0) {
      await tx
        .update(invitations)
        .set({ status: "cancelled", cancelledAt: new Date() })
        .where(
          and(
            inArray(invitations.id, ids),
            inArray(invitations.status, [...PENDING]),
          ),
        );
      await tx
        .update(emailMessages)
        .set({ recipient: null })
        .where(inArray(emailMessages.invitationId, ids));
      ({ removeStored } = await eraseAnswers(tx, ids));
    }
    await tx
      .update(webhookDeliveries)
      .set({ data: null })
      .where(
        and(
          eq(webhookDeliveries.organizationId, organizationId),
          eq(webhookDeliveries.opportunityId, opportunityId),
        ),
      );
    await tx
      .update(ruleBackfillCandidates)
      .set({ candidateName: null })
      .where(
        and(
          eq(ruleBackfillCandidates.opportunityId, opportunityId),
          inArray(
            ruleBackfillCandidates.backfillId,
            tx
              .select({ id: ruleBackfills.id })
              .from(ruleBackfills)
              .where(eq(ruleBackfills.organizationId, organizationId)),
          ),
        ),
      );

    await recordStep(tx, {
      organizationId,
      opportunityId,
      deliveryId,
      step: "candidate.deleted",
      outcome: "ok",
      detail:
        "Lever reported the candidate deleted; their personal data was erased.",
    });
    return `Candidate deleted in Lever; personal data erased from ${plural(ids.length, "invitation")}.`;
  });
  await removeStored();
  return outcome;
}

/**
 * The candidate's answers, recordings, snapshots and integrity signals go;
 * their results keep only the level and scores, for counts, and their
 * report links stop working.
 */
async function eraseAnswers(tx: Executor, invitationIds: string[]) {
  const erased = await tx
    .select({ id: attempts.id })
    .from(attempts)
    .where(inArray(attempts.invitationId, invitationIds));
  const attemptIds = erased.map((row) => row.id);
  if (attemptIds.length > 0) {
    await tx
      .delete(taskResponses)
      .where(inArray(taskResponses.attemptId, attemptIds));
    await tx
      .delete(integrityEvents)
      .where(inArray(integrityEvents.attemptId, attemptIds));
  }
  const media = await deleteMediaOf(tx, attemptIds);

  await tx
    .update(results)
    .set({ tasks: [], improvements: [], reviewComment: null })
    .where(inArray(results.invitationId, invitationIds));
  await tx
    .update(reportLinks)
    .set({ revokedAt: new Date() })
    .where(
      and(
        inArray(reportLinks.invitationId, invitationIds),
        isNull(reportLinks.revokedAt),
      ),
    );
  return media;
}
