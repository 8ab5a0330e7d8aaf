import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { attempts, invitations } from "@/db/schema";
import { openInvitation } from "@/lib/attempts/candidate";
import { AppError } from "@/lib/errors";
import { recordStep } from "@/lib/invitations/timeline";

/**
 * The candidate consents and starts. Safe to call twice (a double click,
 * a reload): the invitation row is locked and a second call finds the
 * attempt the first one made. The tasks are copied, so later edits of the
 * assessment never change what this candidate is asked.
 */
export async function startAttempt(token: string): Promise<void> {
  const { invitation, assessment } = await openInvitation(token);

  await db().transaction(async (tx) => {
    const [locked] = await tx
      .select({ status: invitations.status })
      .from(invitations)
      .where(eq(invitations.id, invitation.id))
      .for("update");
    const [existing] = await tx
      .select({ id: attempts.id })
      .from(attempts)
      .where(eq(attempts.invitationId, invitation.id));
    if (existing) return;
    if (
      !locked ||
      !["created", "sent", "opened", "failed"].includes(locked.status)
    ) {
      throw new AppError("conflict", "This assessment cannot be started now.");
    }

    await tx.insert(attempts).values({
      organizationId: invitation.organizationId,
      invitationId: invitation.id,
      language: assessment.language,
      targetLevel: assessment.targetLevel,
      tasks: assessment.tasks,
      consentedAt: new Date(),
    });
    await tx
      .update(invitations)
      .set({ status: "started", startedAt: new Date() })
      .where(eq(invitations.id, invitation.id));
    await recordStep(tx, {
      organizationId: invitation.organizationId,
      opportunityId: invitation.opportunityId,
      invitationId: invitation.id,
      step: "attempt.started",
      outcome: "ok",
      detail: "The candidate consented and started the assessment.",
    });
  });
}
