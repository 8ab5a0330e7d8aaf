import { and, eq } from "drizzle-orm";
import {
  afterAll,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
} from "vitest";

import { db } from "@/db/client";
import { emailMessages, invitations, pipelineEvents } from "@/db/schema";
import type * as EnvModule from "@/lib/env";
import type { EmailJob } from "@/lib/email/job";
import { sendEmailJob } from "@/lib/email/send";
import { decodedBody, startTestMailbox } from "@/lib/email/test-mailbox";
import { hashLinkToken } from "@/lib/security/tokens";
import { createOrganization } from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

// env() is parsed once per process; the SMTP server's port is known only
// once it listens, so SMTP_URL is read from here instead.
const smtp = vi.hoisted(() => ({ url: undefined as string | undefined }));
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof EnvModule>();
  return { ...actual, env: () => ({ ...actual.env(), SMTP_URL: smtp.url }) };
});

let mailbox: Awaited<ReturnType<typeof startTestMailbox>>;

beforeAll(async () => {
  mailbox = await startTestMailbox();
});

afterAll(async () => {
  await mailbox.close();
});

beforeEach(() => {
  smtp.url = mailbox.url;
  mailbox.answer(() => null);
});

type InvitationValues = Parameters<typeof createTestInvitation>[1];

async function invite(
  values: InvitationValues = {},
  kind: EmailJob["kind"] = "invitation",
) {
  const scope = await createOrganization("Acme Hotels");
  const invitation = await createTestInvitation(scope, values);
  const job: EmailJob = {
    organizationId: scope.organizationId,
    invitationId: invitation.id,
    kind,
    sendKey: `${kind}:${invitation.id}:1`,
  };
  return { scope, invitation, job };
}

const mailTo = (address: string | null) =>
  mailbox.received.filter((mail) => address && mail.to.includes(address));

async function invitationRow(id: string) {
  const [row] = await db()
    .select()
    .from(invitations)
    .where(eq(invitations.id, id));
  return row;
}

function messagesOf(invitationId: string) {
  return db()
    .select()
    .from(emailMessages)
    .where(eq(emailMessages.invitationId, invitationId));
}

function stepsOf(invitationId: string, step: string) {
  return db()
    .select()
    .from(pipelineEvents)
    .where(
      and(
        eq(pipelineEvents.invitationId, invitationId),
        eq(pipelineEvents.step, step),
      ),
    );
}

describe("sending an invitation", () => {
  it("delivers a link that opens this invitation and marks it sent", async () => {
    const { invitation, job } = await invite();

    await sendEmailJob(job);

    const [mail] = mailTo(invitation.candidateEmail);
    const body = decodedBody(mail?.raw ?? "");
    const token = /\/a\/([\w-]{43})/.exec(body)?.[1] ?? "";
    expect(body).toContain(
      "Subject: Acme Hotels invites you to a language assessment",
    );
    expect(hashLinkToken(token)).toBe(invitation.tokenHash);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "sent",
      sendCount: 1,
      lastError: null,
      sentAt: expect.any(Date),
    });
    expect(await messagesOf(invitation.id)).toMatchObject([
      { status: "sent", smtpMessageId: expect.any(String), kind: "invitation" },
    ]);
    expect(await stepsOf(invitation.id, "email.sent")).toMatchObject([
      { outcome: "ok" },
    ]);
  });

  it("sends one message when the same job runs twice", async () => {
    const { invitation, job } = await invite();

    await sendEmailJob(job);
    await sendEmailJob(job);

    expect(mailTo(invitation.candidateEmail)).toHaveLength(1);
    expect(await messagesOf(invitation.id)).toHaveLength(1);
    expect((await invitationRow(invitation.id))?.sendCount).toBe(1);
  });

  it("records a refused recipient as a bounce with a retry", async () => {
    const { invitation, job } = await invite();
    mailbox.answer((address) =>
      address === invitation.candidateEmail ? 550 : null,
    );

    await sendEmailJob(job);

    const [message] = await messagesOf(invitation.id);
    expect(message).toMatchObject({ status: "bounced" });
    expect(message?.error).toMatch(/550/);
    const row = await invitationRow(invitation.id);
    expect(row?.status).toBe("failed");
    expect(row?.lastError).toMatch(/550/);
    expect(row?.lastError).not.toContain(invitation.candidateEmail);
    const [step] = await stepsOf(invitation.id, "email.bounced");
    expect(step).toMatchObject({ outcome: "failed" });
    expect(step?.retry).toMatchObject({
      queue: "email.send",
      data: { invitationId: invitation.id, kind: "invitation" },
    });
    expect(step?.retry?.data.sendKey).not.toBe(job.sendKey);
  });

  it("throws on a temporary refusal and sends on a later try", async () => {
    const { invitation, job } = await invite();
    mailbox.answer(() => 451);

    await expect(sendEmailJob(job)).rejects.toThrow(/451/);
    expect(await messagesOf(invitation.id)).toMatchObject([
      { status: "failed" },
    ]);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "created",
      lastError: expect.stringMatching(/451/),
    });
    expect(await stepsOf(invitation.id, "email.failed")).toMatchObject([
      { outcome: "failed", retry: { queue: "email.send" } },
    ]);

    mailbox.answer(() => null);
    await sendEmailJob(job);

    expect(mailTo(invitation.candidateEmail)).toHaveLength(1);
    expect(await messagesOf(invitation.id)).toMatchObject([{ status: "sent" }]);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "sent",
      lastError: null,
    });
  });

  it("throws when the SMTP server cannot be reached", async () => {
    const { invitation, job } = await invite();
    smtp.url = "smtp://127.0.0.1:1";

    await expect(sendEmailJob(job)).rejects.toThrow();
    expect(await messagesOf(invitation.id)).toMatchObject([
      { status: "failed" },
    ]);
  });

  it("keeps the message in the outbox when no SMTP server is set", async () => {
    const { invitation, job } = await invite();
    smtp.url = undefined;

    await sendEmailJob(job);

    expect(mailTo(invitation.candidateEmail)).toHaveLength(0);
    expect(await messagesOf(invitation.id)).toMatchObject([
      { status: "outbox", recipient: invitation.candidateEmail },
    ]);
    expect((await invitationRow(invitation.id))?.status).toBe("created");
    expect(await stepsOf(invitation.id, "email.outbox")).toMatchObject([
      {
        outcome: "waiting",
        detail: "No SMTP server is configured: the message is in the outbox.",
      },
    ]);
  });

  it("never moves an opened invitation back to sent", async () => {
    const { invitation, job } = await invite({ status: "opened" });

    await sendEmailJob(job);

    expect(mailTo(invitation.candidateEmail)).toHaveLength(1);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "opened",
      sendCount: 1,
    });
  });

  it("skips candidates who started, were cancelled or were deleted", async () => {
    const started = await invite({ status: "started" });
    const cancelled = await invite({ status: "cancelled" });
    const deleted = await invite({ candidateEmail: null, candidateName: null });

    for (const { invitation, job } of [started, cancelled, deleted]) {
      await sendEmailJob(job);

      expect(await messagesOf(invitation.id)).toHaveLength(0);
      expect(await stepsOf(invitation.id, "email.skipped")).toMatchObject([
        { outcome: "skipped", detail: expect.any(String) },
      ]);
    }
    expect(mailTo(started.invitation.candidateEmail)).toHaveLength(0);
  });

  it("sends nothing for another organization's invitation", async () => {
    const { invitation, job } = await invite();
    const other = await createOrganization("Other Org");

    await sendEmailJob({ ...job, organizationId: other.organizationId });

    expect(mailTo(invitation.candidateEmail)).toHaveLength(0);
    expect(await messagesOf(invitation.id)).toHaveLength(0);
  });

  it("refuses a malformed job", async () => {
    await expect(sendEmailJob({ invitationId: "nope" })).rejects.toThrow();
  });
});

describe("sending a reminder", () => {
  it("reminds an invited candidate and notes when", async () => {
    const { invitation, job } = await invite({ status: "sent" }, "reminder");

    await sendEmailJob(job);

    const [mail] = mailTo(invitation.candidateEmail);
    expect(decodedBody(mail?.raw ?? "")).toMatch(/expires soon/);
    expect(await invitationRow(invitation.id)).toMatchObject({
      status: "sent",
      reminderSentAt: expect.any(Date),
      sendCount: 0,
    });
    expect(await stepsOf(invitation.id, "reminder.sent")).toHaveLength(1);
  });

  it("does not remind a candidate who was never sent the invitation", async () => {
    const { invitation, job } = await invite({}, "reminder");

    await sendEmailJob(job);

    expect(mailTo(invitation.candidateEmail)).toHaveLength(0);
    expect(await stepsOf(invitation.id, "reminder.skipped")).toHaveLength(1);
  });
});
