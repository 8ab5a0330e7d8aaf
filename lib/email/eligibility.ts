import type { invitations } from "@/db/schema";
import type { EmailKind } from "@/lib/email/facts";

type Invitation = Pick<
  typeof invitations.$inferSelect,
  "status" | "candidateEmail" | "expiresAt"
>;

type Status = Invitation["status"];

const INVITABLE: Status[] = ["created", "sent", "opened", "failed", "expired"];

const REMINDABLE: Status[] = ["sent", "opened"];

/**
 * Why this message must not go out now, in words for the timeline, or
 * null when it may. The candidate may have moved on since it was queued.
 */
export function skipReason(
  kind: EmailKind,
  invitation: Invitation,
  now = new Date(),
): string | null {
  if (!invitation.candidateEmail) {
    return "The candidate's details were deleted, so there is no address to write to.";
  }

  const allowed = kind === "invitation" ? INVITABLE : REMINDABLE;
  if (!allowed.includes(invitation.status)) {
    return kind === "invitation"
      ? `The invitation is ${invitation.status}, so it was not sent again.`
      : `No reminder: the invitation is ${invitation.status}.`;
  }

  if (invitation.expiresAt <= now) {
    return "The link had expired before the message could be sent.";
  }
  return null;
}
