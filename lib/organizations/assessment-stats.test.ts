import { describe, expect, it } from "vitest";

import {
  getFunnel,
  getLevelDistribution,
} from "@/lib/organizations/assessment-stats";
import { dateRangeSchema } from "@/lib/organizations/date-range";
import { createScoredInvitation } from "@/lib/reports/test-fixtures";
import { createOrganization } from "@/lib/testing/factories";
import {
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";

const everything = dateRangeSchema.parse({});

describe("the overview funnel", () => {
  it("counts each invitation at every step it reached", async () => {
    const scope = await createOrganization();
    const now = new Date();
    await createTestInvitation(scope, { status: "sent" });
    await createTestInvitation(scope, { status: "opened", openedAt: now });
    await createTestInvitation(scope, {
      status: "expired",
      openedAt: now,
      startedAt: now,
    });
    await createScoredInvitation(scope, "B1", { status: "reported" });
    await createTestInvitation(await createOrganization("Other"));

    expect(await getFunnel(scope, everything)).toEqual({
      invited: 4,
      opened: 3,
      started: 2,
      completed: 1,
      reported: 1,
    });
  });

  it("counts only invitations made inside the date range", async () => {
    const scope = await createOrganization();
    await createTestInvitation(scope, {
      createdAt: new Date("2025-01-10T12:00:00Z"),
    });
    await createTestInvitation(scope, {
      createdAt: new Date("2025-02-10T12:00:00Z"),
    });

    const january = dateRangeSchema.parse({
      from: "2025-01-01",
      to: "2025-01-31",
    });
    expect((await getFunnel(scope, january)).invited).toBe(1);
  });
});

describe("the CEFR distribution", () => {
  it("stacks current final levels per posting and per assessment", async () => {
    const scope = await createOrganization();
    const rule = await createTestRule(scope);
    const onRule = { ruleId: rule.id, assessmentId: rule.assessmentId };
    const desk = { ...onRule, postingId: "p1", postingName: "Front desk" };
    await createScoredInvitation(scope, "B2", desk);
    await createScoredInvitation(scope, "B2", desk);
    await createScoredInvitation(scope, "C1", desk);
    await createScoredInvitation(scope, "A2", { postingName: "Kitchen" });
    await createTestInvitation(await createOrganization("Other"));

    const { byPosting, byAssessment } = await getLevelDistribution(
      scope,
      everything,
    );

    expect(byPosting[0]).toMatchObject({
      label: "Front desk",
      total: 3,
      B2: 2,
      C1: 1,
      A1: 0,
    });
    expect(byPosting[1]).toMatchObject({ label: "Kitchen", A2: 1 });
    expect(byAssessment).toHaveLength(2);
    expect(byAssessment[0]?.total).toBe(3);
  });

  it("swaps a reversed date range rather than showing nothing", () => {
    expect(
      dateRangeSchema.parse({ from: "2025-03-01", to: "2025-01-01" }),
    ).toEqual({ from: "2025-01-01", to: "2025-03-01" });
    expect(dateRangeSchema.parse({ from: "yesterday" })).toEqual({});
  });
});
