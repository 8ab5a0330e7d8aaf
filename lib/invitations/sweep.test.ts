import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { invitations, pipelineEvents } from "@/db/schema";
import { sweepInvitations } from "@/lib/invitations/sweep";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { createOrganization } from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

const HOUR = 3_600_000;
const at = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR);

afterAll(async () => {
  await stopProducerBoss();
});

async function reminderJobs(invitationId: string) {
  const result = await db().execute(
    sql`select data from pgboss.job where name = 'email.send' and data->>'invitationId' = ${invitationId}`,
  );
  return result.rows.map(
    (row) => (row as { data: { kind: string } }).data.kind,
  );
}

describe("sweepInvitations", () => {
  it("expires unstarted invitations past their date, and only those", async () => {
    const owner = await createOrganization();
    const overdue = await createTestInvitation(owner, {
      status: "sent",
      expiresAt: at(-1),
    });
    const begun = await createTestInvitation(owner, {
      status: "started",
      expiresAt: at(-1),
    });
    const live = await createTestInvitation(owner, {
      status: "sent",
      expiresAt: at(24),
    });

    await sweepInvitations();

    const statuses = await db()
      .select({ id: invitations.id, status: invitations.status })
      .from(invitations)
      .where(eq(invitations.organizationId, owner.organizationId));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [overdue.id]: "expired",
      [begun.id]: "started",
      [live.id]: "sent",
    });
    const [step] = await db()
      .select()
      .from(pipelineEvents)
      .where(and(eq(pipelineEvents.invitationId, overdue.id)));
    expect(step).toMatchObject({ step: "invitation.expired", outcome: "ok" });
  });

  it("sends one reminder when expiry is near, never two", async () => {
    const owner = await createOrganization();
    const soon = await createTestInvitation(owner, {
      status: "sent",
      sentAt: at(-100),
      expiresAt: at(10),
    });
    const later = await createTestInvitation(owner, {
      status: "sent",
      sentAt: at(-1),
      expiresAt: at(24 * 6),
    });

    await sweepInvitations();
    await sweepInvitations();

    expect(await reminderJobs(soon.id)).toEqual(["reminder"]);
    expect(await reminderJobs(later.id)).toEqual([]);
  });

  it("reminds half way through a validity shorter than the reminder lead", async () => {
    const owner = await createOrganization();
    const early = await createTestInvitation(owner, {
      status: "sent",
      sentAt: at(-1),
      expiresAt: at(23),
    });
    const halfway = await createTestInvitation(owner, {
      status: "opened",
      sentAt: at(-13),
      expiresAt: at(11),
    });

    await sweepInvitations();

    expect(await reminderJobs(early.id)).toEqual([]);
    expect(await reminderJobs(halfway.id)).toEqual(["reminder"]);
  });
});
