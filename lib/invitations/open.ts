import { and, eq, inArray, isNull } from "drizzle-orm";

import { db } from "@/db/client";
import { invitations, type assessments } from "@/db/schema";
import { findInvitationContext } from "@/lib/invitations/context";
import { recordStep } from "@/lib/invitations/timeline";
import { hashLinkToken } from "@/lib/security/tokens";

export type CandidateLink =
  | { state: "unknown" }
  | { state: "cancelled" | "expired" | "used"; organizationName: string }
  | {
      state: "open";
      invitationId: string;
      organizationName: string;
      candidateName: string | null;
      assessment: typeof assessments.$inferSelect;
      expiresAt: Date;
      started: boolean;
    };

// A started attempt is not "used": the candidate comes back to it.
const USED = ["completed", "scored", "reported"];

/**
 * What a candidate link leads to. The first visit of a live link marks the
 * invitation opened. Mail scanners that follow links count as a visit too;
 * "opened" means the link was fetched, not that a person read it.
 */
export async function openCandidateLink(token: string): Promise<CandidateLink> {
  if (token.length > 100) return { state: "unknown" };

  const row = await findInvitationContext(
    eq(invitations.tokenHash, hashLinkToken(token)),
  );
  if (!row) return { state: "unknown" };

  const { invitation, organizationName } = row;
  if (invitation.status === "cancelled" || invitation.anonymizedAt) {
    return { state: "cancelled", organizationName };
  }
  if (USED.includes(invitation.status))
    return { state: "used", organizationName };
  if (invitation.status === "expired" || invitation.expiresAt < new Date()) {
    return { state: "expired", organizationName };
  }

  await markOpened(invitation);
  return {
    state: "open",
    invitationId: invitation.id,
    organizationName,
    candidateName: invitation.candidateName,
    assessment: row.assessment,
    expiresAt: invitation.expiresAt,
    started: invitation.status === "started",
  };
}

async function markOpened(invitation: typeof invitations.$inferSelect) {
  await db().transaction(async (tx) => {
    const [opened] = await tx
      .update(invitations)
      .set({ status: "opened", openedAt: new Date() })
      .where(
        and(
          eq(invitations.id, invitation.id),
          isNull(invitations.openedAt),
          inArray(invitations.status, ["created", "sent", "failed"]),
        ),
      )
      .returning({ id: invitations.id });
    if (!opened) return;
    await recordStep(tx, {
      organizationId: invitation.organizationId,
      opportunityId: invitation.opportunityId,
      invitationId: invitation.id,
      step: "invitation.opened",
      outcome: "ok",
      detail: "The candidate link was opened.",
    });
  });
}
