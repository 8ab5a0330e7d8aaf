import { describe, expect, it } from "vitest";

import { listActivity } from "@/lib/audit/activity";
import { inviteMember } from "@/lib/members/invitations";
import {
  addMember,
  createOrganization,
  uniqueEmail,
} from "@/lib/testing/factories";

describe("listActivity", () => {
  it("lists the organization's changes, newest first, filtered by kind", async () => {
    const owner = await createOrganization();
    await inviteMember(owner, { email: uniqueEmail(), role: "member" });

    const all = await listActivity(owner, { page: 1 });
    expect(all.entries.map((e) => e.kind)).toEqual([
      "member.invited",
      "organization.created",
    ]);
    expect(all.entries[0]?.summary).toMatch(/^invited .* as member$/);

    const members = await listActivity(owner, { kind: "member", page: 1 });
    expect(members.total).toBe(1);
    const rules = await listActivity(owner, { kind: "rule", page: 1 });
    expect(rules.entries).toEqual([]);
  });

  it("is for owners and admins only, and per organization", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");
    const other = await createOrganization();

    await expect(listActivity(member.scope, { page: 1 })).rejects.toMatchObject(
      {
        code: "forbidden",
      },
    );
    const theirs = await listActivity(other, { page: 1 });
    expect(theirs.total).toBe(1);
  });
});
