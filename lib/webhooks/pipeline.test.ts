import { randomUUID } from "node:crypto";

import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import {
  invitations,
  mediaObjects,
  pipelineEvents,
  taskResponses,
  webhookDeliveries,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { createRule } from "@/lib/rules/rules";
import { ruleFormSchema } from "@/lib/rules/schemas";
import {
  deliver,
  signed,
  webhookOf,
  type Hook,
} from "@/lib/testing/deliveries";
import {
  createSubmittedAttempt,
  createTestAssessment,
} from "@/lib/testing/factories";
import {
  connectToTestLever,
  releaseTestAccount,
  startTestLever,
  type TestLever,
} from "@/lib/testing/lever";
import { callAdmin } from "@/lib/testing/lever-simulator";
import { REASONS } from "@/lib/webhooks/matching";
import { giveUpDelivery, processDelivery } from "@/lib/webhooks/process";

let sim: TestLever;
let owner: Scope;
let hook: Hook;
let ruleStage: { id: string; text: string };
let otherStage: { id: string; text: string };

beforeAll(async () => {
  sim = await startTestLever();
  owner = await connectToTestLever(sim);
  hook = await webhookOf(owner);
  ruleStage = stageNamed("Language Assessment");
  otherStage = stageNamed("Phone Screen");
  await createRule(
    owner,
    ruleFormSchema.parse({
      postingId: "any",
      stageId: ruleStage.id,
      stageName: ruleStage.text,
      assessmentId: await createTestAssessment(owner),
    }),
  );
});

afterAll(async () => {
  await releaseTestAccount(sim);
  await stopProducerBoss();
  await sim.close();
});

function stageNamed(text: string) {
  const stage = sim.state.stages.find((s) => s.text === text);
  if (!stage) throw new Error(`no stage ${text} in the simulator`);
  return { id: stage.id, text: stage.text };
}

const used = new Set<string>();

/** An active candidate with an email this test file has not used yet. */
function freshCandidate() {
  const found = [...sim.state.opportunities.values()].find(
    (o) =>
      !o.archived &&
      o.emails.length > 0 &&
      !used.has(o.id) &&
      o.stageId !== ruleStage.id,
  );
  if (!found) throw new Error("the simulator ran out of candidates");
  used.add(found.id);
  return found.id;
}

async function move(opportunityId: string, stageId: string) {
  await callAdmin(sim, "POST", `/opportunities/${opportunityId}/stage`, {
    stage: stageId,
  });
}

/** Signs and delivers one event; returns the stored delivery's id. */
async function send(
  event: string,
  data: Record<string, unknown>,
  triggeredAt?: number,
) {
  const body = signed(hook.signatureToken, event, data, triggeredAt);
  expect(await deliver(hook, body)).toMatchObject({ status: 200 });
  return deliveryId(body.token);
}

async function deliveryId(token: string) {
  const [row] = await db()
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.leverToken, token));
  return row!.id;
}

const stageChange = (opportunityId: string, toStageId: string) => ({
  opportunityId,
  toStageId,
  fromStageId: null,
});

function invitationsOf(opportunityId: string) {
  return db()
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.organizationId, owner.organizationId),
        eq(invitations.opportunityId, opportunityId),
      ),
    );
}

// Other test files use simulators seeded with the same opportunity ids,
// so the timeline is read for this file's organization only.
async function timeline(opportunityId: string) {
  const rows = await db()
    .select()
    .from(pipelineEvents)
    .where(
      and(
        eq(pipelineEvents.organizationId, owner.organizationId),
        eq(pipelineEvents.opportunityId, opportunityId),
      ),
    )
    .orderBy(pipelineEvents.at);
  return rows.map((row) => `${row.step}: ${row.detail}`);
}

describe("intake", () => {
  it("answers each kind of bad request with its status and records it", async () => {
    const good = signed(
      hook.signatureToken,
      "candidateStageChange",
      stageChange("o", "s"),
    );
    const answers = await Promise.all([
      deliver(hook, { ...good, signature: "00".repeat(32) }),
      deliver(hook, { ...good, signature: undefined }),
      deliver(hook, "{not json"),
      deliver(hook, { ...good, token: 42 }),
      deliver(hook, {
        ...signed(hook.signatureToken, "candidateStageChange", {
          toStageId: "s",
        }),
      }),
      deliver(
        hook,
        signed(
          hook.signatureToken,
          "candidateStageChange",
          {},
          Date.now() - 73 * 3_600_000,
        ),
      ),
      deliver(hook, "x".repeat(70_000)),
    ]);
    expect(answers.map((a) => a.status)).toEqual([
      401, 401, 400, 400, 400, 400, 413,
    ]);

    const rejected = await db()
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.organizationId, owner.organizationId),
          eq(webhookDeliveries.status, "rejected"),
        ),
      );
    expect(rejected).toHaveLength(7);
    expect(
      rejected.every(
        (r) => r.sourceAddress === "203.0.113.7" && r.data === null,
      ),
    ).toBe(true);
    expect(rejected.map((r) => r.rejectionReason)).toContain(
      "Signature does not match.",
    );
  });

  it("answers 404 for an unknown or malformed connection", async () => {
    const body = signed(hook.signatureToken, "candidateHired", {});
    expect(
      (await deliver({ ...hook, connectionId: randomUUID() }, body)).status,
    ).toBe(404);
    expect(
      (await deliver({ ...hook, connectionId: "../etc" }, body)).status,
    ).toBe(404);
  });

  it("accepts Lever's test delivery, and a repeated token once", async () => {
    const test = signed(hook.signatureToken, "candidateHired", {});
    expect(await deliver(hook, test)).toEqual({
      status: 200,
      message: "Accepted.",
    });
    expect(await deliver(hook, test)).toEqual({
      status: 200,
      message: "Already received.",
    });

    const [row] = await db()
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.leverToken, test.token));
    expect(row).toMatchObject({
      repeats: 1,
      state: "processed",
      outcome: "Test delivery from Lever.",
    });
  });
});

describe("processing", () => {
  it("invites once when the same delivery arrives twice", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    const body = signed(
      hook.signatureToken,
      "candidateStageChange",
      stageChange(candidate, ruleStage.id),
    );

    await deliver(hook, body);
    await deliver(hook, body);
    const id = await deliveryId(body.token);
    await processDelivery(id);
    await processDelivery(id);

    const rows = await invitationsOf(candidate);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "created", source: "webhook" });
    expect(rows[0]!.candidateEmail).toContain("@");
  });

  it("invites once for 50 concurrent deliveries about one candidate", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    const ids = await Promise.all(
      Array.from({ length: 50 }, () =>
        send("candidateStageChange", stageChange(candidate, ruleStage.id)),
      ),
    );
    await Promise.all(ids.map((id) => processDelivery(id)));

    expect(await invitationsOf(candidate)).toHaveLength(1);
    const steps = await timeline(candidate);
    expect(
      steps.filter((s) => s.startsWith("invitation.created")),
    ).toHaveLength(1);
    expect(
      steps.filter((s) => s.startsWith("invitation.duplicate")),
    ).toHaveLength(49);
  });

  it("invites nobody for an event the candidate has already moved past", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    const stale = await send(
      "candidateStageChange",
      stageChange(candidate, ruleStage.id),
    );
    await move(candidate, otherStage.id);
    const later = await send(
      "candidateStageChange",
      stageChange(candidate, otherStage.id),
    );

    await processDelivery(later);
    await processDelivery(stale);

    expect(await invitationsOf(candidate)).toHaveLength(0);
    expect(await timeline(candidate)).toContain(
      `rule.skipped: ${REASONS.stale}`,
    );
  });

  it("records why nothing was sent for a stage without rules", async () => {
    const candidate = freshCandidate();
    await move(candidate, otherStage.id);
    const id = await send(
      "candidateStageChange",
      stageChange(candidate, otherStage.id),
    );
    const before =
      sim.state.requestCounts.get("GET /v1/opportunities/:id") ?? 0;
    await processDelivery(id);

    expect(await timeline(candidate)).toEqual([
      `delivery.skipped: ${REASONS.noRule}`,
    ]);
    // No rule could match, so Lever was not asked.
    expect(sim.state.requestCounts.get("GET /v1/opportunities/:id") ?? 0).toBe(
      before,
    );
  });

  it("sends an unstarted invitation again when the candidate comes back", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    await processDelivery(
      await send("candidateStageChange", stageChange(candidate, ruleStage.id)),
    );
    await move(candidate, otherStage.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await move(candidate, ruleStage.id);
    await processDelivery(
      await send("candidateStageChange", stageChange(candidate, ruleStage.id)),
    );

    const [invitation] = await invitationsOf(candidate);
    expect(
      (await timeline(candidate)).filter((s) => s.startsWith("invitation.")),
    ).toEqual([
      expect.stringMatching(/^invitation.created/),
      expect.stringMatching(/^invitation.reinvited/),
    ]);

    // Once begun, a further return leaves the invitation alone.
    await db()
      .update(invitations)
      .set({ status: "started" })
      .where(eq(invitations.id, invitation!.id));
    await move(candidate, otherStage.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await move(candidate, ruleStage.id);
    await processDelivery(
      await send("candidateStageChange", stageChange(candidate, ruleStage.id)),
    );
    expect((await invitationsOf(candidate))[0]!.status).toBe("started");
    expect((await timeline(candidate)).at(-1)).toMatch(
      /^invitation.left_alone/,
    );
  });

  it("cancels pending invitations when Lever archives the candidate", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    await processDelivery(
      await send("candidateStageChange", stageChange(candidate, ruleStage.id)),
    );
    const reason = sim.state.archiveReasons[0]!.id;
    await callAdmin(sim, "POST", `/opportunities/${candidate}/archive`, {
      reason,
    });
    await processDelivery(
      await send("candidateArchiveChange", { opportunityId: candidate }),
    );

    expect((await invitationsOf(candidate))[0]).toMatchObject({
      status: "cancelled",
    });
  });

  it("erases the candidate's personal data when Lever deletes them", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    await processDelivery(
      await send("candidateStageChange", stageChange(candidate, ruleStage.id)),
    );

    // An unconfirmed deletion (Lever still has them) changes nothing.
    await processDelivery(
      await send("candidateDeleted", { opportunityId: candidate }),
    );
    expect((await invitationsOf(candidate))[0]!.candidateEmail).not.toBeNull();
    const { attemptId } = await createSubmittedAttempt(
      owner,
      (await invitationsOf(candidate))[0]!.id,
    );

    await callAdmin(sim, "DELETE", `/opportunities/${candidate}`);
    await processDelivery(
      await send("candidateDeleted", { opportunityId: candidate }),
    );

    const [invitation] = await invitationsOf(candidate);
    expect(invitation).toMatchObject({
      candidateName: null,
      candidateEmail: null,
      status: "cancelled",
    });
    expect(invitation!.anonymizedAt).not.toBeNull();
    const deliveries = await db()
      .select({ data: webhookDeliveries.data })
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.organizationId, owner.organizationId),
          eq(webhookDeliveries.opportunityId, candidate),
        ),
      );
    expect(deliveries.every((d) => d.data === null)).toBe(true);
    const answers = await db()
      .select()
      .from(taskResponses)
      .where(eq(taskResponses.attemptId, attemptId));
    const media = await db()
      .select()
      .from(mediaObjects)
      .where(eq(mediaObjects.attemptId, attemptId));
    expect(answers).toEqual([]);
    expect(media).toEqual([]);
  });

  it("rides out Lever answering 5xx, then invites", async () => {
    const candidate = freshCandidate();
    await move(candidate, ruleStage.id);
    const id = await send(
      "candidateStageChange",
      stageChange(candidate, ruleStage.id),
    );

    await callAdmin(sim, "PUT", "/faults", { errorRate: 1, errorStatus: 503 });
    const processing = processDelivery(id);
    await new Promise((resolve) => setTimeout(resolve, 800));
    await callAdmin(sim, "DELETE", "/faults");
    await processing;

    expect(await invitationsOf(candidate)).toHaveLength(1);
  });

  it("gives a delivery whose retries are spent a Retry on the timeline", async () => {
    const candidate = freshCandidate();
    const id = await send(
      "candidateStageChange",
      stageChange(candidate, ruleStage.id),
    );
    await giveUpDelivery(id, new Error("Lever answered 503"));

    const [step] = await db()
      .select()
      .from(pipelineEvents)
      .where(eq(pipelineEvents.deliveryId, id));
    expect(step).toMatchObject({
      outcome: "failed",
      retry: { queue: "deliveries.process", data: { deliveryId: id } },
    });
  });
});
