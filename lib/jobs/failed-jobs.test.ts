import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";

import { db } from "@/db/client";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { listFailedJobs, retryFailedJob } from "@/lib/jobs/failed-jobs";
import { addMember, createOrganization } from "@/lib/testing/factories";
import { createFailedJob } from "@/lib/testing/jobs";

afterAll(async () => {
  await stopProducerBoss();
});

describe("failed jobs", () => {
  it("lists the organization's failed jobs and sends one again on Retry", async () => {
    const owner = await createOrganization();
    const id = await createFailedJob(owner.organizationId);

    const [job] = await listFailedJobs(owner);
    expect(job).toMatchObject({
      id,
      queue: "email.send",
      label: "Send an email",
      error: "SMTP server refused: 421",
    });

    await retryFailedJob(owner, "email.send", id);
    const state = await db().execute(
      sql`select state from pgboss.job where id = ${id}`,
    );
    expect(state.rows[0]).toEqual({ state: "retry" });
    expect(await listFailedJobs(owner)).toEqual([]);
  });

  it("never shows or retries another organization's job", async () => {
    const owner = await createOrganization();
    const other = await createOrganization();
    const id = await createFailedJob(other.organizationId);

    expect(await listFailedJobs(owner)).toEqual([]);
    await expect(retryFailedJob(owner, "email.send", id)).rejects.toThrow(
      /not found/i,
    );
  });

  it("is for owners and admins only", async () => {
    const owner = await createOrganization();
    const { scope: member } = await addMember(owner, "member");
    await expect(listFailedJobs(member)).rejects.toThrow(/permission/i);
  });
});
