import { assessmentSeconds } from "@/lib/assessments/format";
import type { InvitationContext } from "@/lib/invitations/context";
import { candidateUrl } from "@/lib/invitations/links";

export type EmailKind = "invitation" | "reminder";

/** Everything a message to a candidate says, before it is put into words. */
export type EmailFacts = {
  kind: EmailKind;
  organizationName: string;
  candidateName: string | null;
  assessmentName: string;
  /** The assessment's BCP 47 tag, e.g. "es-ES"; it picks the wording. */
  language: string;
  seconds: number;
  recordsAudio: boolean;
  expiresAt: Date;
  link: string;
};

export type { InvitationContext };

export function emailFacts(
  kind: EmailKind,
  context: InvitationContext,
): EmailFacts {
  const { invitation, assessment } = context;
  return {
    kind,
    organizationName: context.organizationName,
    candidateName: invitation.candidateName,
    assessmentName: assessment.name,
    language: assessment.language,
    seconds: assessmentSeconds(assessment.tasks),
    recordsAudio: assessment.tasks.some((task) => task.kind === "speaking"),
    expiresAt: invitation.expiresAt,
    link: candidateUrl(invitation),
  };
}
