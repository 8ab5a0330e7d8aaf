import { and, eq } from "drizzle-orm";

import type { Executor } from "@/db/client";
import { attempts, invitations } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { findInvitationContext } from "@/lib/invitations/context";
import { hashLinkToken } from "@/lib/security/tokens";

export type Attempt = typeof attempts.$inferSelect;

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const gone = () =>
  new AppError("not_found", "This assessment link no longer works.");

/**
 * The invitation behind a candidate token, if the candidate may still work
 * on it: not cancelled, not erased, not expired and not yet submitted.
 * Every candidate request starts here; the token is the only credential.
 */
export async function openInvitation(token: string) {
  if (!TOKEN.test(token)) throw gone();
  const context = await findInvitationContext(
    eq(invitations.tokenHash, hashLinkToken(token)),
  );
  if (!context) throw gone();

  const { invitation } = context;
  if (invitation.status === "cancelled" || invitation.anonymizedAt) {
    throw gone();
  }
  if (invitation.status === "expired" || invitation.expiresAt < new Date()) {
    throw new AppError("forbidden", "This invitation has expired.");
  }
  return context;
}

/** The invitation's attempt, locked for this transaction, or an error. */
export async function lockAttempt(
  tx: Executor,
  invitationId: string,
): Promise<Attempt> {
  const [attempt] = await tx
    .select()
    .from(attempts)
    .where(and(eq(attempts.invitationId, invitationId)))
    .for("update");
  if (!attempt) {
    throw new AppError("conflict", "Start the assessment first.");
  }
  if (attempt.submittedAt) {
    throw new AppError("conflict", "This assessment was already submitted.");
  }
  return attempt;
}

/** The task the candidate is on; answers to any other are refused. */
export function currentTask(attempt: Attempt, taskId: string) {
  const task = attempt.tasks[attempt.currentTask];
  if (!task || task.id !== taskId) {
    throw new AppError(
      "conflict",
      "That task is not the one in progress. Reload the page to continue.",
    );
  }
  return task;
}
