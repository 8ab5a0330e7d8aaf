import type { AssessmentTask, assessments, invitations } from "@/db/schema";
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

export type InvitationContext = {
  invitation: typeof invitations.$inferSelect;
  assessment: typeof assessments.$inferSelect;
  organizationName: string;
};

/** How long the tasks allow in total, preparation included. */
export function assessmentSeconds(tasks: AssessmentTask[]): number {
  return tasks.reduce(
    (total, task) =>
      total +
      (task.kind === "speaking"
        ? task.preparationSeconds + task.maxAnswerSeconds
        : task.timeLimitSeconds),
    0,
  );
}

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
