import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/start";
import { verifyDelivery } from "../src/webhooks/signature";
import {
  admin,
  api,
  connect,
  startReceiver,
  startTestSimulator,
  type One,
  type Page,
} from "./helpers";
import type { WireOpportunity, WireWebhook } from "./wire";

let sim: RunningSimulator;
let token: string;
const opened: { close(): Promise<void> }[] = [];

beforeAll(async () => {
  sim = await startTestSimulator();
  token = (await connect(sim)).access_token;
});
afterEach(async () => {
  await admin(sim, "/reset", { method: "POST" });
  await Promise.all(opened.splice(0).map((r) => r.close()));
});
afterAll(() => sim.close());

async function receiverWithHook(event: string, statuses: number[] = []) {
  const receiver = await startReceiver(statuses);
  opened.push(receiver);
  const created = await api<One<WireWebhook>>(sim, token, "/webhooks", {
    method: "POST",
    body: { url: receiver.url, event },
  });
  return { receiver, hook: created.json.data };
}

const enable = (event: string) =>
  admin(sim, `/event-groups/${event}`, {
    method: "PUT",
    body: { enabled: true },
  });

const someOpportunity = (index = 0) =>
  [...sim.state.opportunities.values()][index];

describe("webhooks API", () => {
  it("returns the signature token only when creating", async () => {
    const { hook } = await receiverWithHook("candidateStageChange");
    const list = await api<Page<WireWebhook>>(sim, token, "/webhooks");

    expect(hook.configuration.signatureToken).toMatch(/^[0-9a-f]{48}$/);
    expect(list.json.data).toHaveLength(1);
    expect(list.json.data[0]?.configuration.signatureToken).toBeUndefined();
    const issued = await admin<{ data: { signatureTokens: string[] } }>(
      sim,
      "/issued-tokens",
    );
    expect(issued.json.data.signatureTokens).toContain(
      hook.configuration.signatureToken,
    );
  });

  it("refuses unknown events and deletes with 204", async () => {
    const bad = await api(sim, token, "/webhooks", {
      method: "POST",
      body: { url: "http://127.0.0.1:9/x", event: "candidateTeleported" },
    });
    const { hook } = await receiverWithHook("candidateDeleted");
    const deleted = await api(sim, token, `/webhooks/${hook.id}`, {
      method: "DELETE",
    });
    const again = await api(sim, token, `/webhooks/${hook.id}`, {
      method: "DELETE",
    });

    expect(bad.status).toBe(400);
    expect(deleted.status).toBe(204);
    expect(again.status).toBe(404);
  });
});

describe("deliveries", () => {
  it("sends nothing while the event group is off", async () => {
    const { receiver } = await receiverWithHook("candidateStageChange");
    const opportunity = someOpportunity();
    await admin(sim, `/opportunities/${opportunity?.id}/stage`, {
      method: "POST",
      body: { stage: "offer" },
    });
    await sim.webhooksIdle();

    expect(receiver.received).toHaveLength(0);
    expect(sim.state.deliveries).toHaveLength(0);
  });

  it("signs a stage change from PUT /stage so that it verifies", async () => {
    const { receiver, hook } = await receiverWithHook("candidateStageChange");
    await enable("candidateStageChange");
    const opportunity = someOpportunity(2);
    const fromStageId = opportunity?.stageId;
    const moved = await api<One<WireOpportunity>>(
      sim,
      token,
      `/opportunities/${opportunity?.id}/stage`,
      { method: "PUT", body: { stage: "lead-responded" } },
    );
    await sim.webhooksIdle();
    const delivery = receiver.received[0];
    const signatureToken = hook.configuration.signatureToken ?? "";

    expect(moved.json.data.stage).toBe("lead-responded");
    expect(receiver.received).toHaveLength(1);
    expect(delivery?.headers["user-agent"]).toBe("Lever-Webhooks");
    expect(delivery?.headers["content-type"]).toBe("application/json");
    expect(delivery?.body.token).toMatch(/^[A-Za-z0-9]{48}$/);
    expect(delivery && verifyDelivery(signatureToken, delivery.body)).toBe(
      true,
    );
    expect(delivery && verifyDelivery("wrong-token", delivery.body)).toBe(
      false,
    );
    expect(delivery?.body).toMatchObject({
      event: "candidateStageChange",
      data: {
        opportunityId: opportunity?.id,
        candidateId: opportunity?.id,
        contactId: opportunity?.contactId,
        toStageId: "lead-responded",
        fromStageId,
      },
    });
  });

  it("refuses an unknown stage without sending anything", async () => {
    const { receiver } = await receiverWithHook("candidateStageChange");
    await enable("candidateStageChange");
    const response = await api(
      sim,
      token,
      `/opportunities/${someOpportunity()?.id}/stage`,
      {
        method: "PUT",
        body: { stage: "no-such-stage" },
      },
    );
    await sim.webhooksIdle();

    expect(response.status).toBe(400);
    expect(receiver.received).toHaveLength(0);
  });

  it("reports archive changes and deletions", async () => {
    const archive = await receiverWithHook("candidateArchiveChange");
    const removal = await receiverWithHook("candidateDeleted");
    await enable("candidateArchiveChange");
    await enable("candidateDeleted");
    const target = [...sim.state.opportunities.values()].find(
      (o) => !o.archived,
    );
    await admin(sim, `/opportunities/${target?.id}/archive`, {
      method: "POST",
      body: {},
    });
    await admin(sim, `/opportunities/${target?.id}`, { method: "DELETE" });
    await sim.webhooksIdle();

    expect(archive.receiver.received[0]?.body.data).toMatchObject({
      opportunityId: target?.id,
      fromArchived: null,
      toArchived: {
        reason: expect.any(String),
        archivedAt: expect.any(Number),
      },
    });
    expect(removal.receiver.received[0]?.body.data).toMatchObject({
      opportunityId: target?.id,
      deletedBy: expect.any(String),
    });
  });

  it("retries a failing endpoint five more times, then stops", async () => {
    const failures = Array.from({ length: 10 }, () => 500);
    const { receiver, hook } = await receiverWithHook(
      "candidateStageChange",
      failures,
    );
    await enable("candidateStageChange");
    await admin(sim, `/opportunities/${someOpportunity()?.id}/stage`, {
      method: "POST",
      body: { stage: "offer" },
    });
    await sim.webhooksIdle();
    const log = await admin<{
      data: { attempt: number; status: number; webhookId: string }[];
    }>(sim, "/deliveries");
    const tokens = new Set(receiver.received.map((r) => r.body.token));

    expect(receiver.received).toHaveLength(6);
    expect(tokens.size).toBe(1);
    expect(log.json.data.map((d) => d.attempt)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(
      log.json.data.every((d) => d.status === 500 && d.webhookId === hook.id),
    ).toBe(true);
  });

  it("treats a redirect as a failure and stops at the first 2xx", async () => {
    const { receiver } = await receiverWithHook(
      "candidateStageChange",
      [302, 503, 204],
    );
    await enable("candidateStageChange");
    await admin(sim, `/opportunities/${someOpportunity()?.id}/stage`, {
      method: "POST",
      body: { stage: "offer" },
    });
    await sim.webhooksIdle();

    expect(receiver.received).toHaveLength(3);
    expect(sim.state.deliveries.map((d) => d.ok)).toEqual([false, false, true]);
  });

  it("logs network errors as failed attempts", async () => {
    await api(sim, token, "/webhooks", {
      method: "POST",
      body: {
        url: "http://127.0.0.1:9/unreachable",
        event: "candidateStageChange",
      },
    });
    await enable("candidateStageChange");
    await admin(sim, `/opportunities/${someOpportunity()?.id}/stage`, {
      method: "POST",
      body: { stage: "offer" },
    });
    await sim.webhooksIdle();

    expect(sim.state.deliveries).toHaveLength(6);
    expect(
      sim.state.deliveries.every((d) => d.status === null && d.error),
    ).toBe(true);
  });
});

describe("held deliveries", () => {
  type Held = { data: { token: string; data: { toStageId: string } }[] };
  type Sent = { data: { deliveryId: string; token: string } };

  async function holdOneStageChange() {
    const { receiver, hook } = await receiverWithHook("candidateStageChange");
    await enable("candidateStageChange");
    await admin(sim, "/webhooks/hold", {
      method: "PUT",
      body: { holding: true },
    });
    await admin(sim, `/opportunities/${someOpportunity()?.id}/stage`, {
      method: "POST",
      body: { stage: "offer" },
    });
    const held = await admin<Held>(sim, "/webhooks/held");
    return { receiver, hook, held: held.json.data };
  }

  const send = (heldToken: string, body: object = {}) =>
    admin<Sent>(sim, `/webhooks/held/${heldToken}/send`, {
      method: "POST",
      body,
    });

  it("keeps deliveries back while holding, and sends one as often as asked", async () => {
    const { receiver, hook, held } = await holdOneStageChange();
    await sim.webhooksIdle();
    const before = receiver.received.length;

    const heldToken = held[0]?.token ?? "";
    const first = await send(heldToken);
    const second = await send(heldToken);
    await sim.webhooksIdle();

    expect(held).toHaveLength(1);
    expect(held[0]?.data.toStageId).toBe("offer");
    expect(before).toBe(0);
    expect(receiver.received.map((r) => r.body.token)).toEqual([
      heldToken,
      heldToken,
    ]);
    expect(first.json.data.deliveryId).not.toBe(second.json.data.deliveryId);
    const signature = hook.configuration.signatureToken ?? "";
    expect(
      receiver.received.every((r) => verifyDelivery(signature, r.body)),
    ).toBe(true);
  });

  it("forges a copy with its own token and a signature that fails", async () => {
    const { receiver, hook, held } = await holdOneStageChange();
    const heldToken = held[0]?.token ?? "";

    const forged = await send(heldToken, { forge: true });
    await sim.webhooksIdle();
    const delivered = receiver.received[0]?.body;

    expect(forged.json.data.token).not.toBe(heldToken);
    expect(delivered?.token).toBe(forged.json.data.token);
    expect(delivered?.data).toEqual(
      expect.objectContaining({ toStageId: "offer" }),
    );
    const signature = hook.configuration.signatureToken ?? "";
    expect(delivered && verifyDelivery(signature, delivered)).toBe(false);
  });

  it("answers 404 for a token it does not hold, and forgets on reset", async () => {
    const { held } = await holdOneStageChange();
    await admin(sim, "/reset", { method: "POST" });

    const unknown = await send("not-a-held-token");
    const afterReset = await send(held[0]?.token ?? "");
    const list = await admin<Held>(sim, "/webhooks/held");

    expect(unknown.status).toBe(404);
    expect(afterReset.status).toBe(404);
    expect(list.json.data).toHaveLength(0);
  });
});
