import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { isReviewer } from "@/lib/results/access";
import { listMembers, setMemberReviewer } from "@/lib/members/members";
import { addMember, createOrganization } from "@/lib/testing/factories";

describe("the reviewer switch", () => {
  it("lets a member review and records who changed it", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");

    await setMemberReviewer(owner, member.membershipId, true);

    expect(await isReviewer(member.scope)).toBe(true);
    const listed = await listMembers(owner);
    expect(listed.find((m) => m.userId === member.scope.userId)?.reviewer).toBe(
      true,
    );
    const [audit] = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, member.membershipId));
    expect(audit).toMatchObject({
      kind: "member.reviewer_changed",
      actorUserId: owner.userId,
      before: { reviewer: false },
      after: { reviewer: true },
    });

    await setMemberReviewer(owner, member.membershipId, false);
    expect(await isReviewer(member.scope)).toBe(false);
  });

  it("is for owners and admins of the member's own organization", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");
    const stranger = await createOrganization("Elsewhere");

    await expect(
      setMemberReviewer(member.scope, member.membershipId, true),
    ).rejects.toThrow(/owners and admins/);
    await expect(
      setMemberReviewer(stranger, member.membershipId, true),
    ).rejects.toThrow(/not found/);
    expect(await isReviewer(member.scope)).toBe(false);
  });
});
