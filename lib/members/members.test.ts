import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { auditEvents, memberships } from "@/db/schema";
import {
  changeMemberRole,
  listMembers,
  removeMember,
} from "@/lib/members/members";
import { addMember, createOrganization } from "@/lib/testing/factories";

async function ownMembershipId(userId: string) {
  const [row] = await db()
    .select({ id: memberships.id })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  if (!row) throw new Error("no membership");
  return row.id;
}

describe("member management", () => {
  it("changes a role and records before and after", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");

    await changeMemberRole(owner, member.membershipId, "admin");

    const roles = (await listMembers(owner)).map((m) => m.role).sort();
    expect(roles).toEqual(["admin", "owner"]);
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.kind, "member.role_changed"),
          eq(auditEvents.subjectId, member.membershipId),
        ),
      );
    expect(audit).toMatchObject({
      before: { role: "member" },
      after: { role: "admin" },
    });
  });

  it("never demotes or removes the last owner", async () => {
    const owner = await createOrganization();
    const ownerMembership = await ownMembershipId(owner.userId);

    await expect(
      changeMemberRole(owner, ownerMembership, "admin"),
    ).rejects.toThrow(/last owner cannot be demoted/);
    await expect(removeMember(owner, ownerMembership)).rejects.toThrow(
      /last owner cannot be removed/,
    );
  });

  it("removes one of two owners", async () => {
    const owner = await createOrganization();
    const second = await addMember(owner, "owner");

    await removeMember(owner, second.membershipId);

    expect(await listMembers(owner)).toHaveLength(1);
  });

  it("does not let two owners demote each other into none", async () => {
    const owner = await createOrganization();
    const second = await addMember(owner, "owner");
    const ownerMembership = await ownMembershipId(owner.userId);

    const results = await Promise.allSettled([
      changeMemberRole(owner, second.membershipId, "member"),
      changeMemberRole(second.scope, ownerMembership, "member"),
    ]);

    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = (await listMembers(owner)).filter((m) => m.role === "owner");
    expect(owners).toHaveLength(1);
  });

  it("keeps admins away from owners and members away from everyone", async () => {
    const owner = await createOrganization();
    const admin = await addMember(owner, "admin");
    const member = await addMember(owner, "member");
    const ownerMembership = await ownMembershipId(owner.userId);

    await expect(removeMember(admin.scope, ownerMembership)).rejects.toThrow(
      /Only an owner/,
    );
    await expect(
      changeMemberRole(member.scope, admin.membershipId, "member"),
    ).rejects.toThrow(/Only owners and admins/);
    await expect(
      removeMember(member.scope, admin.membershipId),
    ).rejects.toThrow(/Only owners and admins/);
    await removeMember(admin.scope, member.membershipId);
    expect(await listMembers(owner)).toHaveLength(2);
  });
});
