import { afterAll, describe, expect, it } from "vitest";

import { checkHealth } from "@/lib/health";
import { stopProducerBoss } from "@/lib/jobs/boss";

afterAll(stopProducerBoss);

describe("checkHealth", () => {
  it("reports the database and the queue without secrets", async () => {
    const health = await checkHealth();

    expect(health.status).toBe("ok");
    expect(health.database.ok).toBe(true);
    expect(health.queue.ok).toBe(true);
    expect(health.queue.queued).toHaveProperty("maintenance.purge-expired", 0);
    expect(JSON.stringify(health)).not.toMatch(/postgres:\/\/|password/i);
  });
});
