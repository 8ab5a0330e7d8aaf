import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { attempts } from "@/db/schema";
import { archiveAssessment } from "@/lib/assessments/mutations";
import type { Scope } from "@/lib/auth/scope";
import { inviteMember } from "@/lib/members/invitations";
import { createReportLink } from "@/lib/reports/manage";
import {
  addMember,
  createTestAssessment,
  uniqueEmail,
} from "@/lib/testing/factories";
import {
  createFailedStep,
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";
import { createFailedJob } from "@/lib/testing/jobs";
import { createFinalResult } from "@/lib/testing/results";

export type TenantObjects = Awaited<ReturnType<typeof createTenantObjects>>;

/**
 * One of each object a server action is given the id of, in the owner's
 * organization, each in a state the action would change. The caller stops
 * the job producer with `stopProducerBoss` after its tests.
 */
export async function createTenantObjects(owner: Scope) {
  const assessmentId = await createTestAssessment(owner);
  const archivedAssessmentId = await createTestAssessment(owner);
  await archiveAssessment(owner, archivedAssessmentId, { confirm: true });

  const rule = await createTestRule(owner, { assessmentId });
  const pausedRule = await createTestRule(owner, {
    assessmentId,
    status: "paused",
  });

  const member = await addMember(owner, "member");
  const memberInvitation = await inviteMember(owner, {
    email: uniqueEmail("invitee"),
    role: "member",
  });

  const candidate = await createTestInvitation(owner, { status: "sent" });
  const failedStep = await createFailedStep(owner, candidate.id);
  const scored = await createFinalResult(owner);
  const reportLink = await createReportLink(owner, scored.invitationId, null);

  return {
    owner,
    assessmentId,
    archivedAssessmentId,
    ruleId: rule.id,
    pausedRuleId: pausedRule.id,
    membershipId: member.membershipId,
    memberInvitationId: memberInvitation.invitationId,
    candidateInvitationId: candidate.id,
    failedStepId: failedStep.id,
    scoredInvitationId: scored.invitationId,
    scoredTaskIds: await taskIdsOf(scored.attemptId),
    reportLinkId: reportLink.linkId,
    failedJobId: await createFailedJob(owner.organizationId),
  };
}

async function taskIdsOf(attemptId: string) {
  const [attempt] = await db()
    .select({ tasks: attempts.tasks })
    .from(attempts)
    .where(eq(attempts.id, attemptId));
  return (attempt?.tasks ?? []).map((task) => task.id);
}
