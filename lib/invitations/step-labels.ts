const STEP_LABELS: Record<string, string> = {
  "delivery.received": "Delivery received",
  "delivery.skipped": "Delivery needed no action",
  "delivery.failed": "Delivery failed",
  "rule.skipped": "Rule skipped",
  "invitation.created": "Invitation created",
  "invitation.reinvited": "Invited again",
  "invitation.duplicate": "Repeated stage change ignored",
  "invitation.left_alone": "Invitation left as it was",
  "invitation.resent": "Invitation resent",
  "invitation.extended": "Expiry extended",
  "invitation.cancelled": "Invitation cancelled",
  "invitation.expired": "Invitation expired",
  "invitation.opened": "Link opened",
  "candidate.deleted": "Candidate deleted in Lever",
  "email.sent": "Invitation email sent",
  "email.outbox": "Invitation email waiting in the outbox",
  "email.failed": "Invitation email failed",
  "email.bounced": "Invitation email bounced",
  "email.skipped": "Invitation email not sent",
  "reminder.sent": "Reminder sent",
  "reminder.outbox": "Reminder waiting in the outbox",
  "reminder.failed": "Reminder failed",
  "reminder.bounced": "Reminder bounced",
  "reminder.skipped": "Reminder not sent",
  "step.retried": "Step retried",
  "attempt.started": "Assessment started",
  "attempt.submitted": "Assessment submitted",
  "feedback.posted": "Feedback form posted in Lever",
  "feedback.updated": "Feedback form updated in Lever",
  "feedback.waiting": "Write-back waiting for a reconnect",
  "feedback.failed": "Write-back to Lever failed",
  "lever.tags_added": "Tags added in Lever",
  "lever.stage_moved": "Stage changed in Lever",
  "scoring.finished": "Scored",
  "scoring.needs_review": "Waiting for a reviewer",
  "scoring.reviewed": "Scored by a reviewer",
  "scoring.rescore_requested": "Scoring again requested",
  "scoring.failed": "Scoring failed",
};

/**
 * A heading for a timeline step. Steps added by later parts of the
 * pipeline read as their name until a label is written here:
 * "feedback.posted" becomes "Feedback posted".
 */
export function stepLabel(step: string): string {
  const known = STEP_LABELS[step];
  if (known) return known;

  const words = step.replace(/[._-]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
