import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { assessmentRules, auditEvents } from "@/db/schema";
import {
  archiveAssessment,
  createAssessment,
  duplicateAssessment,
  restoreAssessment,
  updateAssessment,
} from "@/lib/assessments/mutations";
import { getAssessment, listAssessments } from "@/lib/assessments/queries";
import type { Scope } from "@/lib/auth/scope";
import {
  addMember,
  assessmentInput,
  createOrganization,
} from "@/lib/testing/factories";

async function auditOf(kind: string, subjectId: string) {
  return db()
    .select()
    .from(auditEvents)
    .where(
      and(eq(auditEvents.kind, kind), eq(auditEvents.subjectId, subjectId)),
    );
}

async function addRule(scope: Scope, assessmentId: string, stageId: string) {
  const [rule] = await db()
    .insert(assessmentRules)
    .values({
      organizationId: scope.organizationId,
      assessmentId,
      stageId,
      stageName: `Stage ${stageId}`,
    })
    .returning({ id: assessmentRules.id });
  if (!rule) throw new Error("insert returned no row");
  return rule.id;
}

describe("assessment catalog", () => {
  it("creates an assessment with task ids and records it", async () => {
    const owner = await createOrganization();

    const { id } = await createAssessment(owner, assessmentInput());

    const saved = await getAssessment(owner, id);
    expect(saved).toMatchObject({
      name: "Front desk English",
      language: "en-GB",
    });
    expect(saved.tasks.every((task) => /^[0-9a-f-]{36}$/.test(task.id))).toBe(
      true,
    );
    const [audit] = await auditOf("assessment.created", id);
    expect(audit).toMatchObject({ before: null, after: { name: saved.name } });
  });

  it("edits in place, keeping the ids of tasks sent back", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());
    const before = await getAssessment(owner, id);
    const [first, second] = before.tasks;
    if (!first || !second) throw new Error("expected two tasks");

    await updateAssessment(owner, id, {
      ...assessmentInput("Front desk English, revised"),
      tasks: [second, { ...first, prompt: "Greet a guest arriving at dawn." }],
    });

    const after = await getAssessment(owner, id);
    expect(after.tasks.map((task) => task.id)).toEqual([second.id, first.id]);
    expect(after.tasks[1]?.prompt).toBe("Greet a guest arriving at dawn.");
    const [audit] = await auditOf("assessment.updated", id);
    expect(audit).toMatchObject({
      before: { name: "Front desk English" },
      after: { name: "Front desk English, revised" },
    });
  });

  it("refuses a second active assessment with the same name", async () => {
    const owner = await createOrganization();
    await createAssessment(owner, assessmentInput());

    await expect(
      createAssessment(owner, assessmentInput()),
    ).rejects.toMatchObject({
      code: "unprocessable",
      fieldErrors: { name: [expect.stringMatching(/already called/)] },
    });
  });

  it("duplicates under a free 'Copy of' name with new task ids", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());

    const first = await duplicateAssessment(owner, id);
    const second = await duplicateAssessment(owner, id);

    expect(first.name).toBe("Copy of Front desk English");
    expect(second.name).toBe("Copy of Front desk English (2)");
    const original = await getAssessment(owner, id);
    const copy = await getAssessment(owner, first.id);
    expect(copy.tasks.map((t) => t.prompt)).toEqual(
      original.tasks.map((t) => t.prompt),
    );
    expect(copy.tasks[0]?.id).not.toBe(original.tasks[0]?.id);
    const [audit] = await auditOf("assessment.duplicated", first.id);
    expect(audit).toMatchObject({ before: { id, name: original.name } });
  });

  it("archives and restores, hiding archived ones by default", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());

    await archiveAssessment(owner, id, { confirm: false });

    expect(await listAssessments(owner)).toEqual([]);
    const all = await listAssessments(owner, { includeArchived: true });
    expect(all[0]?.archivedAt).toBeInstanceOf(Date);
    await createAssessment(owner, assessmentInput());
    await expect(restoreAssessment(owner, id)).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      updateAssessment(owner, id, assessmentInput("Another name")),
    ).rejects.toMatchObject({ code: "conflict" });
    const [archived] = await auditOf("assessment.archived", id);
    expect(archived).toMatchObject({
      before: { archivedAt: null },
      after: { archivedAt: expect.any(String) },
    });
  });

  it("restores an archived assessment and records it", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());
    await archiveAssessment(owner, id, { confirm: false });

    await restoreAssessment(owner, id);

    expect((await getAssessment(owner, id)).archivedAt).toBeNull();
    const [audit] = await auditOf("assessment.restored", id);
    expect(audit).toMatchObject({ after: { archivedAt: null } });
  });

  it("asks before pausing enabled rules, then pauses them with the archive", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());
    const ruleIds = [
      await addRule(owner, id, "s1"),
      await addRule(owner, id, "s2"),
    ];

    await expect(
      archiveAssessment(owner, id, { confirm: false }),
    ).rejects.toMatchObject({
      code: "conflict",
      message: expect.stringMatching(/^2 enabled rules/),
    });
    expect((await getAssessment(owner, id)).archivedAt).toBeNull();

    const result = await archiveAssessment(owner, id, { confirm: true });

    expect(result).toEqual({ pausedRules: 2 });
    const rules = await db()
      .select()
      .from(assessmentRules)
      .where(eq(assessmentRules.assessmentId, id));
    expect(rules.map((r) => [r.status, r.pausedReason])).toEqual([
      ["paused", "Assessment archived"],
      ["paused", "Assessment archived"],
    ]);
    const [audit] = await auditOf("assessment.archived", id);
    expect(audit?.after).toMatchObject({
      pausedRuleIds: expect.arrayContaining(ruleIds),
    });
  });

  it("counts rules per assessment in the list", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());
    await createAssessment(owner, assessmentInput("Unused"));
    await addRule(owner, id, "s1");

    const counts = (await listAssessments(owner)).map((a) => [
      a.name,
      a.ruleCount,
      a.enabledRuleCount,
    ]);

    expect(counts).toEqual([
      ["Front desk English", 1, 1],
      ["Unused", 0, 0],
    ]);
  });

  it("lets members read but never change", async () => {
    const owner = await createOrganization();
    const { id } = await createAssessment(owner, assessmentInput());
    const member = (await addMember(owner, "member")).scope;
    const admin = (await addMember(owner, "admin")).scope;
    const forbidden = { code: "forbidden" };

    expect(await listAssessments(member)).toHaveLength(1);
    expect((await getAssessment(member, id)).name).toBe("Front desk English");
    await expect(
      createAssessment(member, assessmentInput("Other")),
    ).rejects.toMatchObject(forbidden);
    await expect(
      updateAssessment(member, id, assessmentInput("Other")),
    ).rejects.toMatchObject(forbidden);
    await expect(duplicateAssessment(member, id)).rejects.toMatchObject(
      forbidden,
    );
    await expect(
      archiveAssessment(member, id, { confirm: true }),
    ).rejects.toMatchObject(forbidden);
    await expect(restoreAssessment(member, id)).rejects.toMatchObject(
      forbidden,
    );
    await expect(duplicateAssessment(admin, id)).resolves.toBeTruthy();
  });
});
