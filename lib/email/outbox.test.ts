import { describe, expect, it, vi } from "vitest";

import type * as EnvModule from "@/lib/env";
import { listOutbox, outboxMessage } from "@/lib/email/outbox";
import { sendEmailJob } from "@/lib/email/send";
import { hashLinkToken } from "@/lib/security/tokens";
import { addMember, createOrganization } from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

// Whatever the machine's own settings, these tests run without SMTP.
vi.mock("@/lib/env", async (importOriginal) => {
  const actual = await importOriginal<typeof EnvModule>();
  return { ...actual, env: () => ({ ...actual.env(), SMTP_URL: undefined }) };
});

async function messageInOutbox(organizationName = "Acme Hotels") {
  const scope = await createOrganization(organizationName);
  const invitation = await createTestInvitation(scope, {
    candidateName: "Grace Hopper",
  });
  await sendEmailJob({
    organizationId: scope.organizationId,
    invitationId: invitation.id,
    kind: "invitation",
    sendKey: `invitation:${invitation.id}:1`,
  });
  const [message] = await listOutbox(scope);
  if (!message) throw new Error("the job left no message");
  return { scope, invitation, message };
}

describe("outbox", () => {
  it("lists the message with its candidate and assessment", async () => {
    const { scope, invitation, message } = await messageInOutbox();

    expect(message).toMatchObject({
      status: "outbox",
      kind: "invitation",
      recipient: invitation.candidateEmail,
      candidateName: "Grace Hopper",
      subject: "Acme Hotels invites you to a language assessment",
      assessmentName: expect.any(String),
    });
    expect(await listOutbox(scope, { status: "sent" })).toHaveLength(0);
    expect(await listOutbox(scope, { status: "outbox" })).toHaveLength(1);
  });

  it("renders the message again with the candidate's link", async () => {
    const { scope, invitation, message } = await messageInOutbox();

    const opened = await outboxMessage(scope, message.id);

    const token = /\/a\/([\w-]{43})/.exec(opened.text)?.[1] ?? "";
    expect(hashLinkToken(token)).toBe(invitation.tokenHash);
    expect(opened.html).toContain(token);
    expect(opened).toMatchObject({
      recipient: invitation.candidateEmail,
      subject: "Acme Hotels invites you to a language assessment",
      status: "outbox",
    });
  });

  it("keeps each organization's messages to itself", async () => {
    const { message } = await messageInOutbox();
    const other = await createOrganization("Other Org");

    await expect(outboxMessage(other, message.id)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(outboxMessage(other, "not-a-uuid")).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await listOutbox(other)).toHaveLength(0);
  });

  it("is for owners and admins only", async () => {
    const { scope, message } = await messageInOutbox();
    const member = await addMember(scope, "member");
    const admin = await addMember(scope, "admin");

    await expect(listOutbox(member.scope)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(outboxMessage(member.scope, message.id)).rejects.toMatchObject(
      { code: "forbidden" },
    );
    expect(await listOutbox(admin.scope)).toHaveLength(1);
  });
});
