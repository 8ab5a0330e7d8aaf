import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { membershipInvitations, rateLimits } from "@/db/schema";
import { purgeExpired } from "@/lib/jobs/maintenance";
import { inviteMember } from "@/lib/members/invitations";
import { createOrganization, uniqueEmail } from "@/lib/testing/factories";

describe("purgeExpired", () => {
  it("deletes lapsed counters and long-expired invitations only", async () => {
    const owner = await createOrganization();
    const old = await inviteMember(owner, {
      email: uniqueEmail(),
      role: "member",
    });
    const fresh = await inviteMember(owner, {
      email: uniqueEmail(),
      role: "member",
    });
    await db()
      .update(membershipInvitations)
      .set({ expiresAt: sql`now() - interval '31 days'` })
      .where(eq(membershipInvitations.id, old.invitationId));
    const keys = [`test:${uniqueEmail()}`, `test:${uniqueEmail()}`];
    await db()
      .insert(rateLimits)
      .values([
        { key: keys[0]!, points: 3, expire: new Date(Date.now() - 1000) },
        { key: keys[1]!, points: 3, expire: new Date(Date.now() + 60_000) },
      ]);

    await purgeExpired();

    const invitations = await db()
      .select({ id: membershipInvitations.id })
      .from(membershipInvitations)
      .where(
        inArray(membershipInvitations.id, [
          old.invitationId,
          fresh.invitationId,
        ]),
      );
    expect(invitations.map((i) => i.id)).toEqual([fresh.invitationId]);
    const limits = await db()
      .select({ key: rateLimits.key })
      .from(rateLimits)
      .where(inArray(rateLimits.key, keys));
    expect(limits.map((l) => l.key)).toEqual([keys[1]]);
  });
});
