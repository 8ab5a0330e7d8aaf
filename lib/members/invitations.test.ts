import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { membershipInvitations, memberships, users } from "@/db/schema";
import {
  inviteMember,
  listPendingInvitations,
  renewInvitation,
  revokeInvitation,
} from "@/lib/members/invitations";
import { acceptInvitation, lookUpInvitation } from "@/lib/members/join";
import {
  addMember,
  createOrganization,
  STRONG_PASSWORD,
  uniqueEmail,
} from "@/lib/testing/factories";

const join = (token: string, name = "Noor Haddad") =>
  acceptInvitation({ token, name, password: STRONG_PASSWORD });

describe("membership invitations", () => {
  it("lets the invited person join once, with the invited role", async () => {
    const owner = await createOrganization();
    const email = uniqueEmail("invitee");
    const { token } = await inviteMember(owner, { email, role: "admin" });

    const found = await lookUpInvitation(token);
    expect(found).toMatchObject({ invitation: { email, role: "admin" } });
    await join(token);

    const [row] = await db()
      .select({ role: memberships.role, org: memberships.organizationId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(users.email, email));
    expect(row).toEqual({ role: "admin", org: owner.organizationId });
    await expect(join(token, "Second Try")).rejects.toThrow(
      /already been used/,
    );
    expect(await lookUpInvitation(token)).toEqual({ problem: "used" });
  });

  it("lets only one of two simultaneous joins through", async () => {
    const owner = await createOrganization();
    const { token } = await inviteMember(owner, {
      email: uniqueEmail(),
      role: "member",
    });

    const results = await Promise.allSettled([join(token), join(token)]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses an expired link", async () => {
    const owner = await createOrganization();
    const { token, invitationId } = await inviteMember(owner, {
      email: uniqueEmail(),
      role: "member",
    });
    await db()
      .update(membershipInvitations)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(membershipInvitations.id, invitationId));

    expect(await lookUpInvitation(token)).toEqual({ problem: "expired" });
    await expect(join(token)).rejects.toThrow(/expired/);
  });

  it("refuses unknown, withdrawn and replaced links", async () => {
    const owner = await createOrganization();
    const email = uniqueEmail();
    const first = await inviteMember(owner, { email, role: "member" });
    const renewed = await renewInvitation(owner, first.invitationId);

    expect(await lookUpInvitation(first.token)).toEqual({ problem: "unknown" });
    expect(await lookUpInvitation("made-up")).toEqual({ problem: "unknown" });

    await revokeInvitation(owner, renewed.invitationId);
    expect(await lookUpInvitation(renewed.token)).toEqual({
      problem: "revoked",
    });
    expect(await listPendingInvitations(owner)).toHaveLength(0);
  });

  it("replaces a pending invitation when the same email is invited again", async () => {
    const owner = await createOrganization();
    const email = uniqueEmail();
    const first = await inviteMember(owner, { email, role: "member" });
    await inviteMember(owner, { email, role: "admin" });

    expect(await lookUpInvitation(first.token)).toEqual({ problem: "revoked" });
    const pending = await listPendingInvitations(owner);
    expect(pending.map((p) => [p.email, p.role])).toEqual([[email, "admin"]]);
  });

  it("refuses an email that already has an account", async () => {
    const owner = await createOrganization();
    const existing = await addMember(owner, "member");

    await expect(
      inviteMember(owner, { email: existing.email, role: "member" }),
    ).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringMatching(/already has/)] },
    });
  });

  it("refuses a weak password without using up the link", async () => {
    const owner = await createOrganization();
    const { token } = await inviteMember(owner, {
      email: uniqueEmail(),
      role: "member",
    });

    await expect(
      acceptInvitation({ token, name: "Weak", password: "1234567890" }),
    ).rejects.toMatchObject({
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await lookUpInvitation(token)).toHaveProperty("invitation");
  });

  it("lets members invite nobody and admins invite no owners", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");
    const admin = await addMember(owner, "admin");

    await expect(
      inviteMember(member.scope, { email: uniqueEmail(), role: "member" }),
    ).rejects.toThrow(/cannot invite/);
    await expect(
      inviteMember(admin.scope, { email: uniqueEmail(), role: "owner" }),
    ).rejects.toThrow(/cannot invite/);
    await expect(
      inviteMember(admin.scope, { email: uniqueEmail(), role: "admin" }),
    ).resolves.toHaveProperty("token");
  });
});
