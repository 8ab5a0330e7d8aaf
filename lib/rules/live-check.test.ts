import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { openPostingsPage } from "@/lib/lever-connection/live";
import { checkRulesInLever } from "@/lib/rules/live-check";
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

let sim: TestLever;

beforeAll(async () => {
  sim = await startTestLever();
});
afterAll(async () => sim.close());

describe("rules against live Lever", () => {
  it("pages through more than 100 open postings and returns all of them", async () => {
    const template = sim.state.postings.find((p) => p.state === "published")!;
    for (let i = 0; i < 140; i += 1) {
      sim.state.postings.push({
        ...template,
        id: `bulk-posting-${i}`,
        text: `Seasonal Picker ${i}`,
      });
    }
    const owner = await connectToTestLever(sim);
    const expected = sim.state.postings.filter((p) =>
      ["published", "internal"].includes(p.state),
    ).length;

    const seen = new Set<string>();
    let offset: string | undefined;
    let pages = 0;
    do {
      const page = await openPostingsPage(owner, offset);
      page.data.forEach((posting) => seen.add(posting.id));
      offset = page.next ?? undefined;
      pages += 1;
    } while (offset);

    expect(expected).toBeGreaterThan(100);
    expect(seen.size).toBe(expected);
    expect(pages).toBeGreaterThan(2);
    await releaseTestAccount(sim);
  });

  it("warns about a posting closed in Lever and a stage that is gone", async () => {
    const owner = await connectToTestLever(sim);
    const posting = sim.state.postings.find((p) => p.state === "published")!;
    const stage = sim.state.stages[0]!;
    const assessmentId = await createTestAssessment(owner);
    const rule = await createRule(
      owner,
      ruleFormSchema.parse({
        postingId: posting.id,
        postingName: posting.text,
        stageId: stage.id,
        stageName: stage.text,
        assessmentId,
      }),
    );
    const gone = await createRule(
      owner,
      ruleFormSchema.parse({
        postingId: "any",
        stageId: "stage-that-was-deleted",
        stageName: "Old Screening",
        assessmentId,
      }),
    );
    expect(await checkRulesInLever(owner)).toEqual({
      [gone.id]: ["The stage “Old Screening” no longer exists in Lever."],
    });

    await callAdmin(sim, "POST", `/postings/${posting.id}/state`, {
      state: "closed",
    });

    const warnings = await checkRulesInLever(owner);
    expect(warnings[rule.id]).toEqual([
      `The posting “${posting.text}” is closed in Lever.`,
    ]);
  });
});
