import { randomUUID } from "node:crypto";

import { db } from "@/db/client";
import { assessmentRules, invitations, pipelineEvents } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { candidateTokenHash } from "@/lib/invitations/links";
import { createTestAssessment } from "@/lib/testing/factories";

type RuleValues = Partial<typeof assessmentRules.$inferInsert>;
type InvitationValues = Partial<typeof invitations.$inferInsert>;

/** An enabled rule on a stage, with a fresh assessment unless one is given. */
export async function createTestRule(scope: Scope, values: RuleValues = {}) {
  const assessmentId =
    values.assessmentId ?? (await createTestAssessment(scope));
  const [rule] = await db()
    .insert(assessmentRules)
    .values({
      organizationId: scope.organizationId,
      stageId: `stage-${randomUUID().slice(0, 8)}`,
      stageName: "Language Assessment",
      createdByUserId: scope.userId,
      ...values,
      assessmentId,
    })
    .returning();
  if (!rule) throw new Error("insert returned no rule");
  return rule;
}

/** An invitation written straight to the table, bypassing the pipeline. */
export async function createTestInvitation(
  scope: Scope,
  values: InvitationValues = {},
) {
  const rule = values.ruleId
    ? { id: values.ruleId, assessmentId: values.assessmentId }
    : await createTestRule(scope);
  const id = randomUUID();
  const [invitation] = await db()
    .insert(invitations)
    .values({
      id,
      organizationId: scope.organizationId,
      ruleId: rule.id,
      assessmentId: rule.assessmentId ?? values.assessmentId!,
      opportunityId: `opp-${randomUUID().slice(0, 8)}`,
      candidateName: "Ada Candidate",
      candidateEmail: `ada-${randomUUID().slice(0, 6)}@candidates.test`,
      stageId: "stage-test",
      stageName: "Language Assessment",
      source: "webhook",
      tokenHash: candidateTokenHash({ id, linkVersion: 1 }),
      expiresAt: new Date(Date.now() + 7 * 86_400_000),
      stageEnteredAt: new Date(),
      ...values,
    })
    .returning();
  if (!invitation) throw new Error("insert returned no invitation");
  return invitation;
}

/** A failed email step on the invitation's timeline that Retry can send. */
export async function createFailedStep(scope: Scope, invitationId: string) {
  const [event] = await db()
    .insert(pipelineEvents)
    .values({
      organizationId: scope.organizationId,
      opportunityId: "opp-retry",
      invitationId,
      step: "email.failed",
      outcome: "failed",
      detail: "The mail server did not answer.",
      retry: {
        queue: "email.send",
        data: {
          organizationId: scope.organizationId,
          invitationId,
          kind: "invitation",
          sendKey: `retry-test:${randomUUID()}`,
        },
      },
    })
    .returning();
  if (!event) throw new Error("insert returned no step");
  return event;
}
