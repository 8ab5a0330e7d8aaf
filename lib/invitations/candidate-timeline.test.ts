import { randomUUID } from "node:crypto";

import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import {
  emailMessages,
  leverConnections,
  pipelineEvents,
  webhookDeliveries,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { candidateTimeline } from "@/lib/invitations/candidate-timeline";
import { createOrganization } from "@/lib/testing/factories";
import {
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";

const start = Date.UTC(2025, 4, 1, 9);
const at = (minutes: number) => new Date(start + minutes * 60_000);

async function connect(scope: Scope) {
  const [connection] = await db()
    .insert(leverConnections)
    .values({
      organizationId: scope.organizationId,
      status: "active",
      leverAccountId: `account-${randomUUID()}`,
      apiBaseUrl: "https://api.lever.co/v1",
      connectedAt: new Date(),
    })
    .returning({ id: leverConnections.id });
  if (!connection) throw new Error("insert returned no connection");
  return connection.id;
}

async function delivery(
  scope: Scope,
  connectionId: string,
  values: Partial<typeof webhookDeliveries.$inferInsert>,
) {
  const [row] = await db()
    .insert(webhookDeliveries)
    .values({
      connectionId,
      organizationId: scope.organizationId,
      status: "accepted",
      event: "candidateStageChange",
      leverToken: randomUUID(),
      ...values,
    })
    .returning({ id: webhookDeliveries.id });
  if (!row) throw new Error("insert returned no delivery");
  return row.id;
}

/**
 * One Lever opportunity invited by two rules, with a stage change that
 * caused both invitations, a failed email and a later delivery still
 * waiting; plus another organization's history for the same opportunity.
 */
async function candidateWithHistory() {
  const scope = await createOrganization();
  const connectionId = await connect(scope);
  const opportunityId = `opp-${randomUUID()}`;
  const mine = await createTestInvitation(scope, { opportunityId });
  const otherRule = await createTestRule(scope, { stageName: "Final Round" });
  const sibling = await createTestInvitation(scope, {
    opportunityId,
    ruleId: otherRule.id,
    assessmentId: otherRule.assessmentId,
    stageName: "Final Round",
  });
  const first = await delivery(scope, connectionId, {
    opportunityId,
    state: "processed",
    outcome: "Invited to 2 assessments.",
    receivedAt: at(0),
  });
  await delivery(scope, connectionId, {
    opportunityId,
    state: "waiting",
    outcome: "Waiting for Lever to be reconnected.",
    receivedAt: at(30),
  });
  const step = (values: Partial<typeof pipelineEvents.$inferInsert>) => ({
    organizationId: scope.organizationId,
    opportunityId,
    step: "invitation.created",
    outcome: "ok" as const,
    ...values,
  });
  const [, , , failed] = await db()
    .insert(pipelineEvents)
    .values([
      step({ step: "delivery.received", deliveryId: first, at: at(0) }),
      step({ invitationId: mine.id, at: at(1) }),
      step({ invitationId: sibling.id, at: at(2) }),
      step({
        invitationId: mine.id,
        step: "email.failed",
        outcome: "failed",
        detail: "The mail server refused the message.",
        retry: { queue: "email.send", data: { invitationId: mine.id } },
        at: at(5),
      }),
    ])
    .returning({ id: pipelineEvents.id });
  await db()
    .insert(emailMessages)
    .values([
      email(scope, mine.id, { status: "failed", error: "550 refused" }, 5),
      email(scope, sibling.id, { status: "sent" }, 6),
    ]);

  await otherOrganizationHistory(opportunityId);
  return { scope, mine, sibling, failedStepId: failed?.id };
}

function email(
  scope: Scope,
  invitationId: string,
  values: Partial<typeof emailMessages.$inferInsert>,
  minutes: number,
) {
  return {
    organizationId: scope.organizationId,
    invitationId,
    sendKey: randomUUID(),
    kind: "invitation" as const,
    subject: "Your language assessment",
    language: "en",
    status: "sent" as const,
    createdAt: at(minutes),
    ...values,
  };
}

async function otherOrganizationHistory(opportunityId: string) {
  const other = await createOrganization("Other Org");
  const connectionId = await connect(other);
  await delivery(other, connectionId, { opportunityId, receivedAt: at(3) });
  await db()
    .insert(pipelineEvents)
    .values({
      organizationId: other.organizationId,
      opportunityId,
      step: "rule.matched",
      outcome: "ok",
      at: at(3),
    });
}

describe("the candidate timeline", () => {
  it("merges steps and deliveries in time order", async () => {
    const { scope, mine, failedStepId } = await candidateWithHistory();

    const entries = await candidateTimeline(scope, mine.id);

    expect(
      entries.map((e) => [e.source, e.label, e.outcome, e.detail]),
    ).toEqual([
      ["step", "Delivery received: candidateStageChange", "ok", null],
      ["step", "Invitation created", "ok", null],
      ["step", "Invitation created", "ok", null],
      [
        "step",
        "Invitation email failed",
        "failed",
        "The mail server refused the message.",
      ],
      [
        "delivery",
        "Delivery received: candidateStageChange",
        "waiting",
        "Waiting for Lever to be reconnected.",
      ],
    ]);
    expect(entries[3]?.retry).toEqual({
      eventId: failedStepId,
      retriedAt: null,
    });
    expect(entries.filter((e) => e.retry)).toHaveLength(1);
  });

  it("marks the steps of the other rule's invitation", async () => {
    const { scope, mine, sibling } = await candidateWithHistory();

    const entries = await candidateTimeline(scope, mine.id);

    expect(entries[1]?.otherInvitation).toBeNull();
    expect(entries[2]?.otherInvitation).toEqual({
      id: sibling.id,
      assessmentName: expect.stringMatching(/^Assessment /),
      stageName: "Final Round",
    });
    const fromSibling = await candidateTimeline(scope, sibling.id);
    expect(fromSibling[1]?.otherInvitation?.id).toBe(mine.id);
  });

  it("is not found from another organization", async () => {
    const { mine } = await candidateWithHistory();
    const stranger = await createOrganization("Stranger");

    await expect(candidateTimeline(stranger, mine.id)).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
