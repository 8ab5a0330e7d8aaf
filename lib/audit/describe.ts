type Change = { kind: string; before: unknown; after: unknown };

const field = (value: unknown, key: string): string => {
  if (value && typeof value === "object" && key in value) {
    return String((value as Record<string, unknown>)[key]);
  }
  return "someone";
};

const DESCRIBE: Record<string, (change: Change) => string> = {
  "organization.created": (c) =>
    `created the organization ${field(c.after, "name")}`,
  "member.invited": (c) =>
    `invited ${field(c.after, "email")} as ${field(c.after, "role")}`,
  "member.invitation_renewed": (c) =>
    `issued a new invitation link for ${field(c.after, "email")}`,
  "member.invitation_revoked": (c) =>
    `withdrew the invitation for ${field(c.before, "email")}`,
  "member.joined": (c) => `joined as ${field(c.after, "role")}`,
  "member.role_changed": (c) =>
    `changed ${field(c.after, "email")} from ${field(c.before, "role")} to ${field(c.after, "role")}`,
  "member.removed": (c) => `removed ${field(c.before, "email")}`,
  "member.reviewer_changed": (c) =>
    field(c.after, "reviewer") === "true"
      ? `let ${field(c.after, "email")} review results`
      : `stopped ${field(c.after, "email")} from reviewing results`,
  "result.reviewed": () => "scored a candidate's assessment in review",
  "result.amended": () => "amended a candidate's result after review",
  "result.rescore_requested": () =>
    "asked for a candidate's answers to be scored again",
  "assessment.created": (c) =>
    `created the assessment ${field(c.after, "name")}`,
  "assessment.updated": (c) =>
    `edited the assessment ${field(c.after, "name")}`,
  "assessment.duplicated": (c) =>
    `copied the assessment ${field(c.before, "name")} as ${field(c.after, "name")}`,
  "assessment.archived": (c) =>
    `archived the assessment ${field(c.before, "name")}`,
  "assessment.restored": (c) =>
    `restored the assessment ${field(c.after, "name")}`,
  "lever.connected": () => "connected Lever",
  "lever.reconnected": () => "reconnected Lever",
  "lever.disconnected": () => "disconnected Lever",
  "job.retried": (c) => `retried a failed job (${field(c.after, "queue")})`,
  "invitation.resent": () => "resent a candidate invitation",
  "invitation.extended": () => "extended a candidate invitation",
  "invitation.cancelled": () => "cancelled a candidate invitation",
  "invitation.link_copied": () => "copied a candidate's assessment link",
  "invitation.step_retried": () =>
    "retried a failed step on a candidate's timeline",
  "report_link.created": () => "made a new link to a candidate's report",
  "report_link.revoked": () => "revoked a link to a candidate's report",
  "lever.access_lost": () =>
    "lost access to Lever: the grant was revoked or expired, and someone must reconnect",
  "rule.created": (c) =>
    `added a rule for ${field(c.after, "posting")} at ${field(c.after, "stage")}`,
  "rule.updated": (c) =>
    `changed the rule for ${field(c.after, "posting")} at ${field(c.after, "stage")}`,
  "rule.backfill_started": () =>
    "asked to invite the candidates already in a rule's stage",
  "rule.paused": () => "paused an assessment rule",
  "rule.resumed": () => "resumed an assessment rule",
  "rule.deleted": (c) =>
    `deleted the rule for ${field(c.before, "posting")} at ${field(c.before, "stage")}`,
  "lever.perform_as_changed": (c) =>
    `set Lever feedback to be posted as ${field(c.after, "performAs")}`,
};

/** A short sentence for an audit entry, to follow the actor's name. */
export function describeChange(change: Change): string {
  return DESCRIBE[change.kind]?.(change) ?? change.kind;
}
