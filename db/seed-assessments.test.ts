import { describe, expect, it } from "vitest";

import { DEMO_ASSESSMENTS, seedAssessments } from "@/db/seed-assessments";
import { db } from "@/db/client";
import { listAssessments } from "@/lib/assessments/queries";
import { assessmentSchema } from "@/lib/assessments/schemas";
import { createOrganization } from "@/lib/testing/factories";

describe("demo assessments", () => {
  it("are valid, varied and scenario-sized", () => {
    const languages = new Set(DEMO_ASSESSMENTS.map((a) => a.language));

    expect(DEMO_ASSESSMENTS.length).toBeGreaterThanOrEqual(6);
    expect(languages.size).toBeGreaterThanOrEqual(3);
    for (const assessment of DEMO_ASSESSMENTS) {
      expect(assessmentSchema.parse(assessment)).toEqual(assessment);
      expect(assessment.tasks.length).toBeGreaterThanOrEqual(4);
      expect(assessment.tasks.length).toBeLessThanOrEqual(6);
    }
  });

  it("are seeded into an organization, which sign-up leaves empty", async () => {
    const owner = await createOrganization();
    expect(await listAssessments(owner)).toEqual([]);

    await seedAssessments(db(), owner.organizationId, owner.userId);

    const seeded = await listAssessments(owner);
    expect(seeded).toHaveLength(DEMO_ASSESSMENTS.length);
    for (const assessment of seeded) {
      const ids = assessment.tasks.map((task) => task.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
