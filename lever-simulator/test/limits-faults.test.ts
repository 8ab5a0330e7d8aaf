import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/start";
import { admin, api, connect, startTestSimulator } from "./helpers";

let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  token = (await connect(sim)).access_token;
});
afterEach(async () => {
  await admin(sim, "/faults", { method: "DELETE" });
});
afterAll(() => sim.close());

const firstId = () => [...sim.state.opportunities.keys()][0] ?? "";

describe("rate limit", () => {
  it("allows a burst of 20 and answers 429 beyond it", async () => {
    const limited = await startTestSimulator({ rateLimit: true });
    try {
      const { access_token } = await connect(limited);
      const calls = Array.from({ length: 25 }, () =>
        api(limited, access_token, "/stages"),
      );
      const results = await Promise.all(calls);
      const refused = results.filter((r) => r.status === 429);

      expect(results.filter((r) => r.status === 200)).toHaveLength(20);
      expect(refused).toHaveLength(5);
      expect(refused[0]?.json.code).toBe("TooManyRequests");
      expect(Number(refused[0]?.headers.get("retry-after"))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});

describe("faults", () => {
  it("answers 5xx at errorRate 1", async () => {
    await admin(sim, "/faults", { method: "PUT", body: { errorRate: 1 } });
    const response = await api(sim, token, "/stages");

    expect(response.status).toBe(503);
    expect(response.json.code).toBe("ServiceUnavailable");
  });

  it("answers 429 at rateLimitRate 1", async () => {
    await admin(sim, "/faults", { method: "PUT", body: { rateLimitRate: 1 } });
    const response = await api(sim, token, "/stages");
    expect(response.status).toBe(429);
  });

  it("adds latency", async () => {
    await admin(sim, "/faults", { method: "PUT", body: { latencyMs: 300 } });
    const started = Date.now();
    const response = await api(sim, token, "/stages");

    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it("commits the write but drops the connection", async () => {
    await admin(sim, "/faults", {
      method: "PUT",
      body: { timeoutAfterCommitRate: 1 },
    });
    const call = api(sim, token, `/opportunities/${firstId()}/addTags`, {
      method: "POST",
      body: { tags: ["committed-anyway"] },
    });

    await expect(call).rejects.toThrow();
    expect(sim.state.opportunities.get(firstId())?.tags).toContain(
      "committed-anyway",
    );
  });

  it("refuses faults out of range", async () => {
    const response = await admin(sim, "/faults", {
      method: "PUT",
      body: { errorRate: 2 },
    });
    expect(response.status).toBe(400);
  });
});

describe("reset and admin reads", () => {
  it("restores the seed with the same ids and forgets writes", async () => {
    const seedBefore = await admin<{
      opportunities: { id: string; stageId: string }[];
    }>(sim, "/seed");
    const target = seedBefore.json.opportunities[0];
    await api(sim, token, `/opportunities/${target?.id}/stage`, {
      method: "PUT",
      body: { stage: "offer" },
    });
    await api(sim, token, `/opportunities/${target?.id}/notes`, {
      method: "POST",
      body: { value: "temporary" },
    });
    const writes = await admin<{ stageMoves: unknown[]; notes: unknown[] }>(
      sim,
      "/writes",
    );

    await admin(sim, "/reset", { method: "POST", body: {} });
    const seedAfter = await admin<typeof seedBefore.json>(sim, "/seed");
    const after = await admin<{ stageMoves: unknown[]; notes: unknown[] }>(
      sim,
      "/writes",
    );
    const stillConnected = await api(sim, token, "/stages");

    expect(writes.json.stageMoves).toHaveLength(1);
    expect(writes.json.notes).toHaveLength(1);
    expect(seedAfter.json).toEqual(seedBefore.json);
    expect(after.json.stageMoves).toHaveLength(0);
    expect(after.json.notes).toHaveLength(0);
    expect(stillConnected.status).toBe(200);
  });

  it("counts requests per endpoint", async () => {
    await api(sim, token, `/opportunities/${firstId()}`);
    await api(sim, token, `/opportunities/${firstId()}`);
    const counts = await admin<{ data: Record<string, number> }>(
      sim,
      "/requests",
    );
    expect(
      counts.json.data["GET /v1/opportunities/:id"],
    ).toBeGreaterThanOrEqual(2);
  });

  it("lists seed data of the documented size", async () => {
    const seed = await admin<{
      postings: unknown[];
      opportunities: { archived: boolean }[];
      users: { accessRole: string; deactivated: boolean }[];
    }>(sim, "/seed");

    expect(seed.json.postings.length).toBeGreaterThanOrEqual(8);
    expect(seed.json.opportunities.length).toBeGreaterThanOrEqual(60);
    expect(seed.json.opportunities.some((o) => o.archived)).toBe(true);
    expect(seed.json.users.some((u) => u.deactivated)).toBe(true);
  });
});
