import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { invitations } from "@/db/schema";

import {
  backfillCandidates,
  countCandidatesInStage,
  listBackfills,
  runBackfill,
  startBackfill,
} from "@/lib/rules/backfill";
import { createRule } from "@/lib/rules/rules";
import { ruleFormSchema } from "@/lib/rules/schemas";
import { createTestAssessment } from "@/lib/testing/factories";
import {
  connectToTestLever,
  releaseTestAccount,
  startTestLever,
  type TestLever,
} from "@/lib/testing/lever";
import { callAdmin } from "@/lib/testing/lever-simulator";
import { stopProducerBoss } from "@/lib/jobs/boss";

let sim: TestLever;

beforeAll(async () => {
  sim = await startTestLever();
});
afterAll(async () => {
  await stopProducerBoss();
  await sim.close();
});

describe("backfill", () => {
  it("records every active candidate already in the stage, once", async () => {
    const owner = await connectToTestLever(sim);
    const busiest = mostPopulatedStage();
    const expected = [...sim.state.opportunities.values()].filter(
      (o) => o.stageId === busiest.id && !o.archived,
    ).length;
    const rule = await createRule(
      owner,
      ruleFormSchema.parse({
        postingId: "any",
        stageId: busiest.id,
        stageName: busiest.text,
        assessmentId: await createTestAssessment(owner),
      }),
    );

    expect(await countCandidatesInStage(owner, busiest.id, null)).toBe(
      expected,
    );
    const backfillId = await startBackfill(owner, rule.id);
    await runBackfill(backfillId);
    await runBackfill(backfillId);

    const [progress] = await listBackfills(owner);
    expect(progress).toMatchObject({
      status: "done",
      total: expected,
      processed: expected,
    });
    const recorded = await backfillCandidates(owner, backfillId);
    expect(recorded).toHaveLength(expected);
    expect(new Set(recorded.map((c) => c.opportunityId)).size).toBe(expected);
    expect(recorded.every((c) => c.handledAt !== null)).toBe(true);

    // Each candidate with an email is invited once, by the same code as a
    // webhook delivery, however often the job runs.
    const withEmail = [...sim.state.opportunities.values()].filter(
      (o) => o.stageId === busiest.id && !o.archived && o.emails.length > 0,
    ).length;
    const invited = await db()
      .select({ source: invitations.source })
      .from(invitations)
      .where(eq(invitations.ruleId, rule.id));
    expect(invited).toHaveLength(withEmail);
    expect(invited.every((i) => i.source === "backfill")).toBe(true);
    await releaseTestAccount(sim);
  });

  it("waits while Lever needs a reconnect and resumes after it", async () => {
    const owner = await connectToTestLever(sim);
    const stage = mostPopulatedStage();
    const rule = await createRule(
      owner,
      ruleFormSchema.parse({
        postingId: "any",
        stageId: stage.id,
        stageName: stage.text,
        assessmentId: await createTestAssessment(owner),
      }),
    );
    await callAdmin(sim, "POST", "/revoke", {});
    await callAdmin(sim, "POST", "/expire-tokens");

    const backfillId = await startBackfill(owner, rule.id);
    await runBackfill(backfillId);
    expect((await listBackfills(owner))[0]).toMatchObject({
      status: "queued",
      error: expect.stringMatching(/reconnected/),
    });

    await connectToTestLever(sim, owner);
    expect((await listBackfills(owner))[0]?.error).toBeNull();
    await runBackfill(backfillId);
    expect((await listBackfills(owner))[0]?.status).toBe("done");
  });
});

function mostPopulatedStage() {
  const counts = new Map<string, number>();
  for (const o of sim.state.opportunities.values()) {
    if (!o.archived) counts.set(o.stageId, (counts.get(o.stageId) ?? 0) + 1);
  }
  const [id] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]!;
  return sim.state.stages.find((s) => s.id === id)!;
}
