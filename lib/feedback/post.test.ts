import { and, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import {
  feedbackPosts,
  invitations,
  pipelineEvents,
  results,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { postFeedback } from "@/lib/feedback/post";
import { referenceLine } from "@/lib/feedback/form";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { addResultVersion } from "@/lib/results/versions";
import { createTestRule } from "@/lib/testing/invitations";
import {
  connectToTestLever,
  releaseTestAccount,
  startTestLever,
  type TestLever,
} from "@/lib/testing/lever";
import { callAdmin } from "@/lib/testing/lever-simulator";
import { queueFinalResult } from "@/lib/testing/results";

type Writes = {
  feedback: {
    id: string;
    opportunityId: string;
    fields: { id: string; text: string; value: unknown }[];
  }[];
  tagChanges: { opportunityId: string; tags: string[] }[];
  stageMoves: { opportunityId: string; toStageId: string }[];
};

let sim: TestLever;
let owner: Scope;
let ruleId: string;
let assessmentId: string;
const used = new Set<string>();

beforeAll(async () => {
  sim = await startTestLever();
  owner = await connectToTestLever(sim);
  const rule = await createTestRule(owner, {
    passLevel: "B1",
    tagOnComplete: true,
    tagWithLevel: true,
    completionStageId: stageId("On-site Interview"),
    completionStageName: "On-site Interview",
  });
  ruleId = rule.id;
  assessmentId = rule.assessmentId;
});

afterAll(async () => {
  await releaseTestAccount(sim);
  await sim.close();
  await stopProducerBoss();
});

beforeEach(() => callAdmin(sim, "DELETE", "/faults"));

function stageId(text: string): string {
  const stage = sim.state.stages.find((s) => s.text === text);
  if (!stage) throw new Error(`no stage ${text}`);
  return stage.id;
}

function freshOpportunity(): string {
  const found = [...sim.state.opportunities.values()].find(
    (o) => !o.archived && !used.has(o.id),
  );
  if (!found) throw new Error("the simulator ran out of opportunities");
  used.add(found.id);
  return found.id;
}

/** A final result on a real simulator opportunity, queued for Lever. */
function scoredAndQueued(level: "A2" | "B2" = "B2", rule = ruleId) {
  return queueFinalResult(owner, level, {
    ruleId: rule,
    assessmentId,
    opportunityId: freshOpportunity(),
  });
}

/** Runs the job as pg-boss would: again after each failure. */
async function runUntilDone(invitationId: string, tries = 40) {
  for (let attempt = 1; attempt <= tries; attempt++) {
    try {
      await postFeedback(invitationId);
      return attempt;
    } catch {
      // The next try is pg-boss's retry.
    }
  }
  throw new Error(`still failing after ${tries} tries`);
}

async function writes(): Promise<Writes> {
  return callAdmin<Writes>(sim, "GET", "/writes");
}

async function formsOn(opportunityId: string) {
  return (await writes()).feedback.filter(
    (form) => form.opportunityId === opportunityId,
  );
}

function valueOf(form: Writes["feedback"][number], text: string) {
  return form.fields.find((field) => field.text === text)?.value;
}

describe("posting a result to Lever", () => {
  it("posts one form with the rating, level, score and report link, then tags and moves once", async () => {
    const { invitationId, opportunityId } = await scoredAndQueued("B2");

    await postFeedback(invitationId);
    await postFeedback(invitationId);

    const forms = await formsOn(opportunityId);
    expect(forms).toHaveLength(1);
    expect(valueOf(forms[0]!, "Overall rating")).toBe("4 - Strong Hire");
    expect(valueOf(forms[0]!, "CEFR level")).toBe("B2");
    expect(valueOf(forms[0]!, "Overall score (0.0-10.0)")).toMatch(/ \/ 10$/);
    expect(valueOf(forms[0]!, "Detailed report")).toMatch(/\/r\/[\w-]{43}$/);
    expect(valueOf(forms[0]!, "Summary")).toContain(
      referenceLine(invitationId),
    );

    const { tagChanges, stageMoves } = await writes();
    expect(tagChanges.filter((t) => t.opportunityId === opportunityId)).toEqual(
      [
        expect.objectContaining({
          tags: ["Hallo: assessment completed", "Hallo: CEFR B2"],
        }),
      ],
    );
    expect(
      stageMoves.filter((m) => m.opportunityId === opportunityId),
    ).toHaveLength(1);

    const [invitation] = await db()
      .select({ status: invitations.status })
      .from(invitations)
      .where(eq(invitations.id, invitationId));
    expect(invitation?.status).toBe("reported");
  });

  it("rates a result one level below the pass level as No Hire", async () => {
    const { invitationId, opportunityId } = await scoredAndQueued("A2");

    await postFeedback(invitationId);

    const forms = await formsOn(opportunityId);
    expect(valueOf(forms[0]!, "Overall rating")).toBe("2 - No Hire");
  });

  it("rates against the assessment's target level when the rule has no pass level", async () => {
    const plain = await createTestRule(owner, { assessmentId });
    const { invitationId, opportunityId } = await scoredAndQueued(
      "B2",
      plain.id,
    );

    await postFeedback(invitationId);

    const forms = await formsOn(opportunityId);
    expect(valueOf(forms[0]!, "Overall rating")).toBe("3 - Hire");
    expect(valueOf(forms[0]!, "Summary")).toContain(
      "Meets the target level B2.",
    );
  });

  it("ends with exactly one form per result despite 5xx, 429 and time-outs after commit", async () => {
    const queued = [];
    for (let i = 0; i < 4; i++) queued.push(await scoredAndQueued());
    await callAdmin(sim, "PUT", "/faults", {
      errorRate: 0.25,
      rateLimitRate: 0.1,
      timeoutAfterCommitRate: 0.25,
    });

    for (const { invitationId } of queued) await runUntilDone(invitationId);
    await callAdmin(sim, "DELETE", "/faults");

    for (const { opportunityId } of queued) {
      expect(await formsOn(opportunityId)).toHaveLength(1);
    }
  }, 120_000);

  it("finds a form whose answer was lost instead of posting it again", async () => {
    const { invitationId, opportunityId } = await scoredAndQueued("B2");
    await postFeedback(invitationId);
    // What a crash between Lever's commit and ours leaves behind.
    await db()
      .update(feedbackPosts)
      .set({ state: "posting", leverFeedbackId: null, postedResultId: null })
      .where(eq(feedbackPosts.invitationId, invitationId));

    await postFeedback(invitationId);

    const forms = await formsOn(opportunityId);
    expect(forms).toHaveLength(1);
    const [post] = await db()
      .select()
      .from(feedbackPosts)
      .where(eq(feedbackPosts.invitationId, invitationId));
    expect(post).toMatchObject({
      state: "posted",
      leverFeedbackId: forms[0]!.id,
    });
  });

  it("updates the same form when a reviewer amends the result", async () => {
    const { invitationId, opportunityId } = await scoredAndQueued("B2");
    await postFeedback(invitationId);
    const [current] = await db()
      .select()
      .from(results)
      .where(
        and(
          eq(results.invitationId, invitationId),
          isNull(results.supersededAt),
        ),
      );

    const {
      id: _id,
      version: _version,
      createdAt: _at,
      supersededAt: _superseded,
      ...base
    } = current!;
    await transactionWithJobs((tx, send) =>
      addResultVersion(tx, send, {
        ...base,
        overallLevel: "C1",
        overallScore: 8.6,
        opportunityId,
      }),
    );
    await postFeedback(invitationId);

    const forms = await formsOn(opportunityId);
    expect(forms).toHaveLength(1);
    expect(valueOf(forms[0]!, "CEFR level")).toBe("C1");
  });

  it("marks the last failed try failed, with a Retry on the timeline that posts once", async () => {
    const { invitationId, opportunityId } = await scoredAndQueued("B2");
    await callAdmin(sim, "PUT", "/faults", { errorRate: 1 });

    await expect(postFeedback(invitationId)).rejects.toThrow();
    await expect(
      postFeedback(invitationId, { lastTry: true }),
    ).rejects.toThrow();

    const [post] = await db()
      .select({ state: feedbackPosts.state, tries: feedbackPosts.tries })
      .from(feedbackPosts)
      .where(eq(feedbackPosts.invitationId, invitationId));
    expect(post).toEqual({ state: "failed", tries: 2 });
    const steps = await db()
      .select()
      .from(pipelineEvents)
      .where(
        and(
          eq(pipelineEvents.invitationId, invitationId),
          eq(pipelineEvents.step, "feedback.failed"),
        ),
      );
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({
      outcome: "failed",
      retry: { queue: "feedback.post", data: { invitationId } },
    });

    await callAdmin(sim, "DELETE", "/faults");
    await postFeedback(invitationId);
    expect(await formsOn(opportunityId)).toHaveLength(1);
  }, 60_000);

  it("waits while Lever is revoked, and posts once after the reconnect", async () => {
    const { invitationId, opportunityId } = await scoredAndQueued("B2");
    await callAdmin(sim, "POST", "/revoke", {});

    await postFeedback(invitationId);
    const [waiting] = await db()
      .select({ state: feedbackPosts.state })
      .from(feedbackPosts)
      .where(eq(feedbackPosts.invitationId, invitationId));
    expect(waiting?.state).toBe("waiting_reconnect");
    expect(await formsOn(opportunityId)).toHaveLength(0);

    await connectToTestLever(sim, owner);
    await postFeedback(invitationId);

    expect(await formsOn(opportunityId)).toHaveLength(1);
  });
});
