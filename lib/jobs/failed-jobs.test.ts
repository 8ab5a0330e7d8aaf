import { afterAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";

import { databaseUrl, db } from "@/db/client";
import { producerBoss, stopProducerBoss } from "@/lib/jobs/boss";
import { listFailedJobs, retryFailedJob } from "@/lib/jobs/failed-jobs";
import { addMember, createOrganization } from "@/lib/testing/factories";

afterAll(async () => {
  await stopProducerBoss();
});

async function failedJob(organizationId: string) {
  const boss = await producerBoss(databaseUrl());
  const id = await boss.send(
    "email.send",
    { organizationId, invitationId: organizationId },
    { retryLimit: 0, startAfter: 3600 },
  );
  await boss.fail("email.send", id!, { message: "SMTP server refused: 421" });
  return id!;
}

describe("failed jobs", () => {
  it("lists the organization's failed jobs and sends one again on Retry", async () => {
    const owner = await createOrganization();
    const id = await failedJob(owner.organizationId);

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
    const id = await failedJob(other.organizationId);

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
