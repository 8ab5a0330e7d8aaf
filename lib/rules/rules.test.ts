import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { assessments, auditEvents } from "@/db/schema";
import { ruleFormSchema } from "@/lib/rules/schemas";
import {
  createRule,
  deleteRule,
  listRules,
  setRulePaused,
  updateRule,
} from "@/lib/rules/rules";
import {
  addMember,
  createOrganization,
  createTestAssessment,
} from "@/lib/testing/factories";

function form(assessmentId: string, overrides: Record<string, string> = {}) {
  return ruleFormSchema.parse({
    postingId: "posting-1",
    postingName: "Night Shift Supervisor",
    stageId: "stage-language",
    stageName: "Language Assessment",
    assessmentId,
    ...overrides,
  });
}

describe("assessment rules", () => {
  it("adds a rule with its options and records who did it", async () => {
    const owner = await createOrganization();
    const assessmentId = await createTestAssessment(owner);

    const rule = await createRule(
      owner,
      form(assessmentId, { passLevel: "B2" }),
    );

    const [listed] = await listRules(owner);
    expect(listed).toMatchObject({
      id: rule.id,
      postingName: "Night Shift Supervisor",
      passLevel: "B2",
      status: "enabled",
      createdByName: "Olivia Owner",
    });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, rule.id));
    expect(audit.map((a) => a.kind)).toEqual(["rule.created"]);
  });

  it("refuses the same posting, stage and assessment twice", async () => {
    const owner = await createOrganization();
    const assessmentId = await createTestAssessment(owner);
    await createRule(owner, form(assessmentId));

    await expect(createRule(owner, form(assessmentId))).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/already have a rule/),
    });
    await expect(
      createRule(
        owner,
        form(assessmentId, { postingId: "any", postingName: "" }),
      ),
    ).resolves.toHaveProperty("id");
    await expect(
      createRule(
        owner,
        form(assessmentId, { postingId: "any", postingName: "" }),
      ),
    ).rejects.toMatchObject({ code: "conflict" });
    const second = await createTestAssessment(owner);
    await expect(createRule(owner, form(second))).resolves.toHaveProperty("id");
    expect(await listRules(owner)).toHaveLength(3);
  });

  it("refuses an edit that would duplicate another rule", async () => {
    const owner = await createOrganization();
    const assessmentId = await createTestAssessment(owner);
    await createRule(owner, form(assessmentId));
    const other = await createRule(
      owner,
      form(assessmentId, { stageId: "stage-2", stageName: "Phone Screen" }),
    );

    await expect(
      updateRule(owner, other.id, form(assessmentId)),
    ).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("pauses, resumes and deletes", async () => {
    const owner = await createOrganization();
    const rule = await createRule(
      owner,
      form(await createTestAssessment(owner)),
    );

    await setRulePaused(owner, rule.id, true);
    expect((await listRules(owner))[0]?.status).toBe("paused");
    await setRulePaused(owner, rule.id, false);
    expect((await listRules(owner))[0]?.status).toBe("enabled");
    await deleteRule(owner, rule.id);
    expect(await listRules(owner)).toHaveLength(0);
  });

  it("refuses an archived assessment, and resuming a rule that uses one", async () => {
    const owner = await createOrganization();
    const assessmentId = await createTestAssessment(owner);
    const rule = await createRule(owner, form(assessmentId));
    await setRulePaused(owner, rule.id, true);
    await db()
      .update(assessments)
      .set({ archivedAt: new Date() })
      .where(eq(assessments.id, assessmentId));

    await expect(setRulePaused(owner, rule.id, false)).rejects.toThrow(
      /archived/,
    );
    await expect(
      createRule(
        owner,
        form(assessmentId, { stageId: "other", stageName: "Other" }),
      ),
    ).rejects.toMatchObject({
      fieldErrors: { assessmentId: [expect.any(String)] },
    });
  });

  it("lets members read rules but not change them", async () => {
    const owner = await createOrganization();
    const member = await addMember(owner, "member");
    const assessmentId = await createTestAssessment(owner);
    const rule = await createRule(owner, form(assessmentId));

    expect(await listRules(member.scope)).toHaveLength(1);
    await expect(
      createRule(
        member.scope,
        form(assessmentId, { stageId: "x", stageName: "X" }),
      ),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      setRulePaused(member.scope, rule.id, true),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(deleteRule(member.scope, rule.id)).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("keeps organizations apart", async () => {
    const a = await createOrganization("Org A");
    const b = await createOrganization("Org B");
    const bAssessment = await createTestAssessment(b);
    const bRule = await createRule(b, form(bAssessment));

    expect(await listRules(a)).toHaveLength(0);
    await expect(createRule(a, form(bAssessment))).rejects.toMatchObject({
      fieldErrors: { assessmentId: [expect.any(String)] },
    });
    await expect(setRulePaused(a, bRule.id, true)).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(
      updateRule(a, bRule.id, form(bAssessment)),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(deleteRule(a, bRule.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await listRules(b)).toHaveLength(1);
  });
});
