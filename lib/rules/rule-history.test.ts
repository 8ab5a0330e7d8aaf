import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { assessmentRules } from "@/db/schema";
import { createRule, deleteRule, listRules } from "@/lib/rules/rules";
import { ruleFormSchema } from "@/lib/rules/schemas";
import {
  createOrganization,
  createTestAssessment,
} from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

async function ruleWithInvitations(statuses: string[]) {
  const owner = await createOrganization();
  const assessmentId = await createTestAssessment(owner);
  const rule = await createRule(
    owner,
    ruleFormSchema.parse({
      postingId: "any",
      stageId: "stage-language",
      stageName: "Language Assessment",
      assessmentId,
    }),
  );
  for (const status of statuses) {
    await createTestInvitation(owner, {
      ruleId: rule.id,
      assessmentId,
      status: status as "sent",
      sentAt: status === "created" ? null : new Date(),
    });
  }
  return { owner, rule, assessmentId };
}

describe("rules and their invitations", () => {
  it("counts the invitations each rule made and saw completed", async () => {
    const { owner } = await ruleWithInvitations([
      "created",
      "sent",
      "opened",
      "completed",
      "scored",
    ]);
    const [rule] = await listRules(owner);
    expect(rule).toMatchObject({ invited: 5, invitationsCompleted: 2 });
  });

  it("keeps a deleted rule that has invitations, hidden, as their history", async () => {
    const { owner, rule, assessmentId } = await ruleWithInvitations(["sent"]);
    await deleteRule(owner, rule.id);

    expect(await listRules(owner)).toEqual([]);
    const [kept] = await db()
      .select()
      .from(assessmentRules)
      .where(eq(assessmentRules.id, rule.id));
    expect(kept).toMatchObject({ status: "paused" });
    expect(kept!.deletedAt).not.toBeNull();

    // The same rule can be added again, and the old one cannot be changed.
    const again = await createRule(
      owner,
      ruleFormSchema.parse({
        postingId: "any",
        stageId: "stage-language",
        stageName: "Language Assessment",
        assessmentId,
      }),
    );
    expect(again.id).not.toBe(rule.id);
    await expect(deleteRule(owner, rule.id)).rejects.toThrow(/not found/i);
  });

  it("erases a deleted rule that never invited anyone", async () => {
    const { owner, rule } = await ruleWithInvitations([]);
    await deleteRule(owner, rule.id);
    const rows = await db()
      .select()
      .from(assessmentRules)
      .where(eq(assessmentRules.id, rule.id));
    expect(rows).toEqual([]);
  });
});
