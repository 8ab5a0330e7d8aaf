import { randomUUID } from "node:crypto";

import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { auditEvents, invitations, pipelineEvents } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import {
  cancelInvitation,
  extendInvitation,
  invitationLink,
  resendInvitation,
  retryStep,
} from "@/lib/invitations/admin";
import { candidateUrl } from "@/lib/invitations/links";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { addMember, createOrganization } from "@/lib/testing/factories";
import {
  createFailedStep,
  createTestInvitation,
} from "@/lib/testing/invitations";

afterAll(async () => {
  await stopProducerBoss();
});

const DAY = 86_400_000;

type Values = Parameters<typeof createTestInvitation>[1];

async function invitationOf(scope: Scope, values: Values = {}) {
  return createTestInvitation(scope, { status: "sent", ...values });
}

async function reload(id: string) {
  const [row] = await db()
    .select()
    .from(invitations)
    .where(eq(invitations.id, id));
  if (!row) throw new Error("invitation vanished");
  return row;
}

/** The email jobs queued for an invitation, read from pg-boss's table. */
async function emailJobs(invitationId: string) {
  const result = await db().execute<{ data: Record<string, unknown> }>(
    sql`select data from pgboss.job
        where name = 'email.send' and data->>'invitationId' = ${invitationId}`,
  );
  return result.rows.map((row) => row.data);
}

async function stepsOf(invitationId: string) {
  const rows = await db()
    .select({ step: pipelineEvents.step })
    .from(pipelineEvents)
    .where(eq(pipelineEvents.invitationId, invitationId))
    .orderBy(pipelineEvents.at);
  return rows.map((row) => row.step);
}

async function auditKinds(subjectId: string) {
  const rows = await db()
    .select({ kind: auditEvents.kind })
    .from(auditEvents)
    .where(eq(auditEvents.subjectId, subjectId));
  return rows.map((row) => row.kind);
}

function expectRoughly(actual: Date, expected: number) {
  expect(Math.abs(actual.getTime() - expected)).toBeLessThan(60_000);
}

describe("resending an invitation", () => {
  it("queues one email with a fresh send key and records it", async () => {
    const owner = await createOrganization();
    const invitation = await invitationOf(owner);

    await resendInvitation(owner, invitation.id);
    await resendInvitation(owner, invitation.id);

    const jobs = await emailJobs(invitation.id);
    expect(jobs).toHaveLength(2);
    expect(jobs[0]).toMatchObject({
      organizationId: owner.organizationId,
      invitationId: invitation.id,
      kind: "invitation",
      sendKey: expect.stringMatching(`^resend:${invitation.id}:`),
    });
    expect(jobs[0]?.sendKey).not.toBe(jobs[1]?.sendKey);
    expect(await stepsOf(invitation.id)).toEqual([
      "invitation.resent",
      "invitation.resent",
    ]);
    expect(await auditKinds(invitation.id)).toContain("invitation.resent");
    expect((await reload(invitation.id)).expiresAt).toEqual(
      invitation.expiresAt,
    );
  });

  it("gives an expired invitation the assessment's validity again", async () => {
    const owner = await createOrganization();
    const sent = await invitationOf(owner, {
      status: "expired",
      sentAt: new Date(Date.now() - 9 * DAY),
      expiresAt: new Date(Date.now() - 2 * DAY),
    });
    const neverSent = await invitationOf(owner, {
      status: "expired",
      expiresAt: new Date(Date.now() - DAY),
    });

    await resendInvitation(owner, sent.id);
    await resendInvitation(owner, neverSent.id);

    const resent = await reload(sent.id);
    expect(resent.status).toBe("sent");
    expectRoughly(resent.expiresAt, Date.now() + 7 * DAY);
    expect((await reload(neverSent.id)).status).toBe("created");
  });

  it("renews a link past its date that the sweep has not marked yet", async () => {
    const owner = await createOrganization();
    const lapsed = await invitationOf(owner, {
      status: "opened",
      expiresAt: new Date(Date.now() - 60_000),
    });

    await resendInvitation(owner, lapsed.id);

    // The sweep, tested beside this file, may mark it expired first; the
    // link works again either way.
    const resent = await reload(lapsed.id);
    expect(resent.status).not.toBe("expired");
    expectRoughly(resent.expiresAt, Date.now() + 7 * DAY);
  });

  it.each([
    ["started", /started/],
    ["completed", /completed/],
    ["reported", /completed/],
    ["cancelled", /cancelled/],
  ] as const)(
    "is refused when %s, with no email queued",
    async (status, why) => {
      const owner = await createOrganization();
      const invitation = await invitationOf(owner, { status });

      await expect(
        resendInvitation(owner, invitation.id),
      ).rejects.toMatchObject({
        code: "conflict",
        message: expect.stringMatching(why),
      });
      expect(await emailJobs(invitation.id)).toEqual([]);
      expect(await stepsOf(invitation.id)).toEqual([]);
    },
  );

  it("is refused once Lever deleted the candidate", async () => {
    const owner = await createOrganization();
    const invitation = await invitationOf(owner, {
      candidateName: null,
      candidateEmail: null,
      anonymizedAt: new Date(),
    });

    await expect(resendInvitation(owner, invitation.id)).rejects.toThrow(
      /deleted in Lever/,
    );
  });
});

describe("extending an invitation", () => {
  it("adds the days to a future expiry and clears the reminder", async () => {
    const owner = await createOrganization();
    const expiresAt = new Date(Date.now() + 2 * DAY);
    const invitation = await invitationOf(owner, {
      expiresAt,
      reminderSentAt: new Date(),
    });

    await extendInvitation(owner, invitation.id, 7);

    const extended = await reload(invitation.id);
    expect(extended.expiresAt.getTime()).toBe(expiresAt.getTime() + 7 * DAY);
    expect(extended.reminderSentAt).toBeNull();
    expect(extended.status).toBe("sent");
    expect(await stepsOf(invitation.id)).toEqual(["invitation.extended"]);
    expect(await auditKinds(invitation.id)).toEqual(["invitation.extended"]);
  });

  it("counts from now for an expired one and reopens it", async () => {
    const owner = await createOrganization();
    const sent = await invitationOf(owner, {
      status: "expired",
      sentAt: new Date(Date.now() - 10 * DAY),
      expiresAt: new Date(Date.now() - 3 * DAY),
    });
    const neverSent = await invitationOf(owner, {
      status: "expired",
      expiresAt: new Date(Date.now() - 3 * DAY),
    });

    await extendInvitation(owner, sent.id, 3);
    await extendInvitation(owner, neverSent.id, 14);

    const reopened = await reload(sent.id);
    expect(reopened.status).toBe("sent");
    expectRoughly(reopened.expiresAt, Date.now() + 3 * DAY);
    const created = await reload(neverSent.id);
    expect(created.status).toBe("created");
    expectRoughly(created.expiresAt, Date.now() + 14 * DAY);
  });

  it("is refused for a cancelled or completed invitation", async () => {
    const owner = await createOrganization();
    const cancelled = await invitationOf(owner, { status: "cancelled" });
    const completed = await invitationOf(owner, { status: "completed" });

    await expect(extendInvitation(owner, cancelled.id, 7)).rejects.toThrow(
      /cancelled/,
    );
    await expect(extendInvitation(owner, completed.id, 7)).rejects.toThrow(
      /completed/,
    );
    expect((await reload(cancelled.id)).expiresAt).toEqual(cancelled.expiresAt);
  });
});

describe("cancelling an invitation", () => {
  it("cancels one the candidate has not started", async () => {
    const owner = await createOrganization();
    const invitation = await invitationOf(owner, { status: "opened" });

    await cancelInvitation(owner, invitation.id);

    const cancelled = await reload(invitation.id);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.cancelledAt).toBeInstanceOf(Date);
    expect(await stepsOf(invitation.id)).toEqual(["invitation.cancelled"]);
    expect(await auditKinds(invitation.id)).toEqual(["invitation.cancelled"]);
  });

  it.each(["started", "completed", "scored", "reported", "cancelled"] as const)(
    "is refused when %s",
    async (status) => {
      const owner = await createOrganization();
      const invitation = await invitationOf(owner, { status });

      await expect(
        cancelInvitation(owner, invitation.id),
      ).rejects.toMatchObject({ code: "conflict" });
      expect((await reload(invitation.id)).status).toBe(status);
      expect(await stepsOf(invitation.id)).toEqual([]);
    },
  );
});

describe("retrying a failed step", () => {
  it("sends the stored job once and marks the step retried", async () => {
    const owner = await createOrganization();
    const invitation = await invitationOf(owner);
    const event = await createFailedStep(owner, invitation.id);

    await retryStep(owner, event.id);

    expect(await emailJobs(invitation.id)).toEqual([event.retry?.data]);
    const [retried] = await db()
      .select()
      .from(pipelineEvents)
      .where(eq(pipelineEvents.id, event.id));
    expect(retried?.retriedAt).toBeInstanceOf(Date);
    expect(await stepsOf(invitation.id)).toEqual([
      "email.failed",
      "step.retried",
    ]);
    expect(await auditKinds(invitation.id)).toEqual([
      "invitation.step_retried",
    ]);

    await expect(retryStep(owner, event.id)).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/already retried/),
    });
    expect(await emailJobs(invitation.id)).toHaveLength(1);
  });

  it("refuses a step that did not fail or has nothing to retry", async () => {
    const owner = await createOrganization();
    const invitation = await invitationOf(owner);
    const failed = await createFailedStep(owner, invitation.id);
    const [succeeded, bare] = await db()
      .insert(pipelineEvents)
      .values([
        { ...failed, id: randomUUID(), step: "email.sent", outcome: "ok" },
        { ...failed, id: randomUUID(), retry: null },
      ])
      .returning({ id: pipelineEvents.id });

    for (const event of [succeeded, bare]) {
      await expect(retryStep(owner, event!.id)).rejects.toMatchObject({
        code: "conflict",
        message: "Only a failed step can be retried.",
      });
    }
    expect(await emailJobs(invitation.id)).toEqual([]);
  });
});

describe("copying the candidate link", () => {
  it("gives admins the link and records that they took it", async () => {
    const owner = await createOrganization();
    const admin = await addMember(owner, "admin");
    const invitation = await invitationOf(owner);

    const link = await invitationLink(admin.scope, invitation.id);

    expect(link).toBe(candidateUrl(invitation));
    expect(await auditKinds(invitation.id)).toEqual(["invitation.link_copied"]);
  });

  it("is refused for a cancelled or expired invitation", async () => {
    const owner = await createOrganization();
    const cancelled = await invitationOf(owner, { status: "cancelled" });
    const expired = await invitationOf(owner, { status: "expired" });

    await expect(invitationLink(owner, cancelled.id)).rejects.toThrow(
      /cancelled/,
    );
    await expect(invitationLink(owner, expired.id)).rejects.toThrow(/Extend/);
  });
});

describe("who may change invitations", () => {
  it("refuses members every change", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");
    const invitation = await invitationOf(owner);
    const event = await createFailedStep(owner, invitation.id);
    const forbidden = { code: "forbidden" };

    await expect(
      resendInvitation(member.scope, invitation.id),
    ).rejects.toMatchObject(forbidden);
    await expect(
      extendInvitation(member.scope, invitation.id, 7),
    ).rejects.toMatchObject(forbidden);
    await expect(
      cancelInvitation(member.scope, invitation.id),
    ).rejects.toMatchObject(forbidden);
    await expect(retryStep(member.scope, event.id)).rejects.toMatchObject(
      forbidden,
    );
    await expect(
      invitationLink(member.scope, invitation.id),
    ).rejects.toMatchObject(forbidden);
    expect(await reload(invitation.id)).toMatchObject({
      status: "sent",
      expiresAt: invitation.expiresAt,
    });
    expect(await emailJobs(invitation.id)).toEqual([]);
  });

  it("answers not found for another organization's invitations and steps", async () => {
    const owner = await createOrganization("Org B");
    const stranger = await createOrganization("Org A");
    const invitation = await invitationOf(owner);
    const event = await createFailedStep(owner, invitation.id);
    const notFound = { code: "not_found" };

    await expect(
      resendInvitation(stranger, invitation.id),
    ).rejects.toMatchObject(notFound);
    await expect(
      extendInvitation(stranger, invitation.id, 7),
    ).rejects.toMatchObject(notFound);
    await expect(
      cancelInvitation(stranger, invitation.id),
    ).rejects.toMatchObject(notFound);
    await expect(retryStep(stranger, event.id)).rejects.toMatchObject(notFound);
    await expect(invitationLink(stranger, invitation.id)).rejects.toMatchObject(
      notFound,
    );
    const untouched = await db()
      .select({ retriedAt: pipelineEvents.retriedAt })
      .from(pipelineEvents)
      .where(
        and(
          eq(pipelineEvents.id, event.id),
          eq(pipelineEvents.organizationId, owner.organizationId),
        ),
      );
    expect(untouched).toEqual([{ retriedAt: null }]);
    expect((await reload(invitation.id)).status).toBe("sent");
    expect(await emailJobs(invitation.id)).toEqual([]);
  });
});
