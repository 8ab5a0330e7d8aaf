import { and, eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import {
  feedbackPosts,
  invitations,
  pipelineEvents,
  results,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { retryStep } from "@/lib/invitations/admin";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { scoreWith } from "@/lib/results/record-scoring";
import { requestRescore } from "@/lib/results/rescore";
import { giveUpScoring } from "@/lib/results/scoring-job";
import {
  addMember,
  createOrganization,
  createSubmittedAttempt,
  fakeScorer,
} from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

afterAll(async () => {
  await stopProducerBoss();
});

async function submitted(scope: Scope, transcript?: string | null) {
  const invitation = await createTestInvitation(scope, {
    status: "completed",
    completedAt: new Date(),
  });
  const attempt = await createSubmittedAttempt(
    scope,
    invitation.id,
    transcript,
  );
  return { invitation, ...attempt };
}

function versionsOf(invitationId: string) {
  return db()
    .select()
    .from(results)
    .where(eq(results.invitationId, invitationId))
    .orderBy(results.version);
}

async function statusOf(invitationId: string) {
  const [row] = await db()
    .select({ status: invitations.status })
    .from(invitations)
    .where(eq(invitations.id, invitationId));
  return row?.status;
}

async function jobsFor(queue: string, invitationId: string) {
  const found = await db().execute<{ data: Record<string, unknown> }>(
    sql`select data from pgboss.job
        where name = ${queue} and data::text like ${`%${invitationId}%`}`,
  );
  return found.rows.map((row) => row.data);
}

async function stepsOf(invitationId: string) {
  return db()
    .select()
    .from(pipelineEvents)
    .where(eq(pipelineEvents.invitationId, invitationId))
    .orderBy(pipelineEvents.at);
}

function writeBackOf(invitationId: string) {
  return db()
    .select()
    .from(feedbackPosts)
    .where(eq(feedbackPosts.invitationId, invitationId));
}

describe("scoring a submitted attempt", () => {
  it("gives the scorer every answer, with the recording", async () => {
    const scope = await createOrganization();
    const { attemptId } = await submitted(scope);
    const { scorer, requests } = fakeScorer();

    await scoreWith(attemptId, scorer);

    const [request] = requests;
    expect(request?.language).toBe("en-GB");
    expect(request?.responses.map((r) => r.kind)).toEqual([
      "speaking",
      "writing",
    ]);
    const spoken = request?.responses[0];
    if (spoken?.kind !== "speaking") throw new Error("expected speaking");
    expect(spoken.transcript).toBe("Good evening, welcome to our hotel.");
    expect(spoken.audio?.bytes.toString()).toBe("not really webm");
    expect(spoken.durationSeconds).toBe(14);
    const written = request?.responses[1];
    expect(written?.kind === "writing" && written.text).toContain("Dear");
  });

  it("writes a final result, marks the invitation scored and queues the write-back", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);

    await scoreWith(attemptId, fakeScorer().scorer);

    const [result] = await versionsOf(invitation.id);
    expect(result).toMatchObject({
      version: 1,
      status: "final",
      overallLevel: "B2",
      overallScore: 6.4,
      scorerName: "fake",
      supersededAt: null,
    });
    expect(await statusOf(invitation.id)).toBe("scored");

    const [post] = await writeBackOf(invitation.id);
    expect(post).toMatchObject({ resultId: result?.id, state: "pending" });
    expect(post?.opportunityId).toBe(invitation.opportunityId);
    expect(await jobsFor("feedback.post", invitation.id)).toHaveLength(1);

    const steps = await stepsOf(invitation.id);
    expect(steps.map((s) => [s.step, s.outcome])).toEqual([
      ["scoring.finished", "ok"],
    ]);
    expect(steps[0]?.detail).toContain("B2 · 6.4 / 10");
  });

  it("leaves a result that needs review out of Lever", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope, null);

    await scoreWith(attemptId, fakeScorer("needs_review").scorer);

    const [result] = await versionsOf(invitation.id);
    expect(result?.status).toBe("needs_review");
    expect(result?.reviewReasons).toEqual([
      "A spoken answer has no transcript.",
    ]);
    expect(await statusOf(invitation.id)).toBe("completed");
    expect(await writeBackOf(invitation.id)).toHaveLength(0);
    expect(await jobsFor("feedback.post", invitation.id)).toHaveLength(0);

    const [step] = await stepsOf(invitation.id);
    expect(step).toMatchObject({
      step: "scoring.needs_review",
      outcome: "waiting",
    });
    expect(step?.detail).toContain("no transcript");
  });

  it("adds one version when the job runs twice, even at once", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);
    const { scorer } = fakeScorer();

    await Promise.all([
      scoreWith(attemptId, scorer),
      scoreWith(attemptId, scorer),
    ]);
    await scoreWith(attemptId, scorer);

    expect(await versionsOf(invitation.id)).toHaveLength(1);
    expect(await jobsFor("feedback.post", invitation.id)).toHaveLength(1);
  });

  it("does nothing for an attempt that was not submitted", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);
    await db().execute(
      sql`update attempts set submitted_at = null where id = ${attemptId}`,
    );

    expect(await scoreWith(attemptId, fakeScorer().scorer)).toBeNull();
    expect(await versionsOf(invitation.id)).toHaveLength(0);
  });
});

describe("re-scoring", () => {
  it("adds version 2 once and keeps version 1 as history", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);
    await scoreWith(attemptId, fakeScorer().scorer);

    await requestRescore(scope, invitation.id);
    const [job] = await jobsFor("attempts.score", attemptId);
    expect(job).toEqual({ attemptId, rescoreOf: 1 });

    await scoreWith(attemptId, fakeScorer().scorer, { rescoreOf: 1 });
    await scoreWith(attemptId, fakeScorer().scorer, { rescoreOf: 1 });

    const [first, second, ...rest] = await versionsOf(invitation.id);
    expect(rest).toHaveLength(0);
    expect(first?.supersededAt).toBeInstanceOf(Date);
    expect(second).toMatchObject({ version: 2, supersededAt: null });
    const [post] = await writeBackOf(invitation.id);
    expect(post?.resultId).toBe(second?.id);
  });

  it("is for owners and admins, in their own organization", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);
    await scoreWith(attemptId, fakeScorer().scorer);
    const member = await addMember(scope, "member");
    const stranger = await createOrganization("Elsewhere");

    await expect(requestRescore(member.scope, invitation.id)).rejects.toThrow(
      /owners and admins/,
    );
    await expect(requestRescore(stranger, invitation.id)).rejects.toThrow(
      /not found/,
    );
    expect(await jobsFor("attempts.score", attemptId)).toHaveLength(0);
  });
});

describe("a scoring that keeps failing", () => {
  it("shows on the timeline with a Retry that sends the job again", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);

    await giveUpScoring({ attemptId }, new Error("model unreachable"));

    const [step] = await stepsOf(invitation.id);
    expect(step).toMatchObject({
      step: "scoring.failed",
      outcome: "failed",
      retry: { queue: "attempts.score", data: { attemptId } },
    });
    expect(step?.detail).toContain("model unreachable");

    await retryStep(scope, step!.id);
    const jobs = await jobsFor("attempts.score", attemptId);
    expect(jobs).toEqual([{ attemptId }]);
  });
});

describe("the write-back row", () => {
  it("follows the newest final result of an invitation", async () => {
    const scope = await createOrganization();
    const { invitation, attemptId } = await submitted(scope);
    await scoreWith(attemptId, fakeScorer().scorer);
    await scoreWith(attemptId, fakeScorer().scorer, { rescoreOf: 1 });

    const posts = await db()
      .select()
      .from(feedbackPosts)
      .where(
        and(
          eq(feedbackPosts.invitationId, invitation.id),
          eq(feedbackPosts.organizationId, scope.organizationId),
        ),
      );
    expect(posts).toHaveLength(1);
  });
});
