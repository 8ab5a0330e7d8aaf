import { randomUUID } from "node:crypto";

import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { createOfflineConnection } from "@/lib/testing/deliveries";
import { createOrganization } from "@/lib/testing/factories";
import { storeDelivery, type NewDelivery } from "@/lib/webhooks/group-commit";

let scope: Scope;
let connectionId: string;

beforeAll(async () => {
  scope = await createOrganization("Group commit");
  connectionId = await createOfflineConnection(scope);
});

afterAll(() => stopProducerBoss());

function delivery(token: string, handled = true): NewDelivery {
  return {
    connectionId,
    organizationId: scope.organizationId,
    event: "candidateStageChange",
    leverToken: token,
    triggeredAt: new Date(),
    opportunityId: `opp-${token}`,
    data: { opportunityId: `opp-${token}` },
    handled,
    outcome: handled ? null : "Test delivery from Lever.",
  };
}

async function jobsFor(deliveryIds: string[]): Promise<number> {
  const result = await db().execute<{ count: string }>(sql`
    select count(*) as count from pgboss.job
    where name = 'deliveries.process'
      and data->>'deliveryId' in ${deliveryIds}`);
  return Number(result.rows[0]!.count);
}

async function storedIds(tokens: string[]): Promise<string[]> {
  const rows = await db()
    .select({ id: webhookDeliveries.id, token: webhookDeliveries.leverToken })
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.connectionId, connectionId));
  return rows.filter((r) => tokens.includes(r.token!)).map((r) => r.id);
}

describe("storing deliveries in groups", () => {
  it("stores every one of many concurrent deliveries with one job each", async () => {
    const tokens = Array.from({ length: 60 }, () => randomUUID());

    const outcomes = await Promise.all(
      tokens.map((token) => storeDelivery(delivery(token))),
    );

    expect(outcomes.every((outcome) => outcome === "stored")).toBe(true);
    const ids = await storedIds(tokens);
    expect(ids).toHaveLength(60);
    expect(await jobsFor(ids)).toBe(60);
  });

  it("stores a token sent many times at once exactly once", async () => {
    const token = randomUUID();

    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => storeDelivery(delivery(token))),
    );

    expect(outcomes.filter((o) => o === "stored")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "repeat")).toHaveLength(11);
    const ids = await storedIds([token]);
    expect(ids).toHaveLength(1);
    expect(await jobsFor(ids)).toBe(1);
  });

  it("calls a token seen before a repeat, and queues nothing for it", async () => {
    const token = randomUUID();
    await storeDelivery(delivery(token));

    expect(await storeDelivery(delivery(token))).toBe("repeat");
    expect(await jobsFor(await storedIds([token]))).toBe(1);
  });

  it("records deliveries that need no processing without queueing a job", async () => {
    const token = randomUUID();

    expect(await storeDelivery(delivery(token, false))).toBe("stored");

    const ids = await storedIds([token]);
    expect(ids).toHaveLength(1);
    expect(await jobsFor(ids)).toBe(0);
  });
});
