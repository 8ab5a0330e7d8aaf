import type { InvitationStatus } from "@/lib/invitations/list-params";

// Why an admin action is refused for an invitation in its current state,
// or null when it is allowed. Shared by the server, which enforces it, and
// the detail page, which explains it next to the disabled button.

type State = { status: InvitationStatus; anonymizedAt: Date | null };

const FINISHED: InvitationStatus[] = ["completed", "scored", "reported"];

const DELETED =
  "The candidate was deleted in Lever, so Hallo no longer has their address.";

export function resendProblem({ status, anonymizedAt }: State) {
  if (anonymizedAt) return DELETED;
  if (status === "cancelled") {
    return "This invitation was cancelled, so it cannot be sent again.";
  }
  if (status === "started") {
    return "The candidate has already started the assessment.";
  }
  if (FINISHED.includes(status)) {
    return "The candidate has already completed the assessment.";
  }
  return null;
}

export function extendProblem({ status, anonymizedAt }: State) {
  if (anonymizedAt) return DELETED;
  if (status === "cancelled") {
    return "This invitation was cancelled, so it cannot be extended.";
  }
  if (FINISHED.includes(status)) {
    return "The candidate has already completed the assessment.";
  }
  return null;
}

export function cancelProblem({ status }: State) {
  if (status === "cancelled") return "This invitation is already cancelled.";
  if (status === "started") {
    return "The candidate has started the assessment, so it can no longer be cancelled.";
  }
  if (FINISHED.includes(status)) {
    return "The candidate has already completed the assessment.";
  }
  return null;
}

export function linkProblem({ status, anonymizedAt }: State) {
  if (anonymizedAt) return DELETED;
  if (status === "cancelled") {
    return "This invitation was cancelled, so its link no longer works.";
  }
  if (status === "expired") {
    return "This invitation has expired. Extend it first, then copy the link.";
  }
  if (FINISHED.includes(status)) {
    return "The candidate has already completed the assessment.";
  }
  return null;
}
