import { eq, sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { auditEvents, feedbackPosts, results } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { isReviewer } from "@/lib/results/access";
import {
  countAwaitingReview,
  listReviewQueue,
  reviewSummary,
} from "@/lib/results/queue";
import { scoreWith } from "@/lib/results/record-scoring";
import { saveReview } from "@/lib/results/review";
import { readReviewAudio } from "@/lib/results/review-media";
import { reviewSchema } from "@/lib/results/schemas";
import {
  addMember,
  addReviewer,
  createOrganization,
  createSubmittedAttempt,
  fakeScorer,
} from "@/lib/testing/factories";
import { createTestInvitation } from "@/lib/testing/invitations";

afterAll(async () => {
  await stopProducerBoss();
});

async function scored(scope: Scope, status: "scored" | "needs_review") {
  const invitation = await createTestInvitation(scope, {
    status: "completed",
    completedAt: new Date(),
  });
  const attempt = await createSubmittedAttempt(scope, invitation.id, null);
  await scoreWith(attempt.attemptId, fakeScorer(status).scorer);
  return { invitation, ...attempt };
}

/** The review form's fields, as the browser sends them. */
function reviewForm(invitationId: string, taskIds: string[], version = 1) {
  const fields: Record<string, string> = {
    invitationId,
    basedOnVersion: String(version),
    overallLevel: "B1",
    overallScore: "5.55",
    improvements: "Speak more slowly.\n\nUse past tenses.\n",
    reviewComment: "Listened twice.",
  };
  taskIds.forEach((taskId, index) => {
    fields[`tasks.${index}.taskId`] = taskId;
    fields[`tasks.${index}.level`] = "B1";
    fields[`tasks.${index}.score`] = index === 0 ? "5" : "6";
    fields[`tasks.${index}.subScores.fluency`] = index === 0 ? "4" : "";
    fields[`tasks.${index}.subScores.grammar`] = index === 0 ? "5" : "7";
    fields[`tasks.${index}.comment`] = index === 0 ? "Hesitant." : "";
  });
  return reviewSchema.parse(fields);
}

function versionsOf(invitationId: string) {
  return db()
    .select()
    .from(results)
    .where(eq(results.invitationId, invitationId))
    .orderBy(results.version);
}

async function feedbackJobs(invitationId: string) {
  const found = await db().execute(
    sql`select id from pgboss.job where name = 'feedback.post'
        and data->>'invitationId' = ${invitationId}`,
  );
  return found.rows;
}

describe("saving a review", () => {
  it("finalizes a result that waited, keeps history and queues the write-back", async () => {
    const scope = await createOrganization();
    const { invitation, taskIds } = await scored(scope, "needs_review");
    const reviewer = await addReviewer(scope);

    await saveReview(reviewer.scope, reviewForm(invitation.id, taskIds));

    const [first, second] = await versionsOf(invitation.id);
    expect(first).toMatchObject({ status: "needs_review" });
    expect(first?.supersededAt).toBeInstanceOf(Date);
    expect(second).toMatchObject({
      version: 2,
      status: "final",
      overallLevel: "B1",
      overallScore: 5.6,
      subScores: { fluency: 4, grammar: 6 },
      improvements: ["Speak more slowly.", "Use past tenses."],
      reviewedByUserId: reviewer.scope.userId,
      reviewComment: "Listened twice.",
      scorerName: "fake+human",
      scorerVersion: "1",
      reviewReasons: [],
      supersededAt: null,
    });
    expect(second?.tasks[0]).toMatchObject({
      level: "B1",
      score: 5,
      comment: "Hesitant.",
      notes: ["Polite and clear."],
    });

    const [post] = await db()
      .select()
      .from(feedbackPosts)
      .where(eq(feedbackPosts.invitationId, invitation.id));
    expect(post?.resultId).toBe(second?.id);
    expect(await feedbackJobs(invitation.id)).toHaveLength(1);

    const audits = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, invitation.id));
    expect(audits.map((a) => a.kind)).toEqual(["result.reviewed"]);
  });

  it("amends a final result through the same write-back row", async () => {
    const scope = await createOrganization();
    const { invitation, taskIds } = await scored(scope, "scored");

    await saveReview(scope, reviewForm(invitation.id, taskIds));

    const versions = await versionsOf(invitation.id);
    expect(versions.map((v) => v.status)).toEqual(["final", "final"]);
    const posts = await db()
      .select()
      .from(feedbackPosts)
      .where(eq(feedbackPosts.invitationId, invitation.id));
    expect(posts).toHaveLength(1);
    expect(posts[0]?.resultId).toBe(versions[1]?.id);
    expect(await feedbackJobs(invitation.id)).toHaveLength(2);
  });

  it("refuses a form based on a version that is no longer current", async () => {
    const scope = await createOrganization();
    const { invitation, taskIds } = await scored(scope, "needs_review");
    await saveReview(scope, reviewForm(invitation.id, taskIds));

    await expect(
      saveReview(scope, reviewForm(invitation.id, taskIds)),
    ).rejects.toThrow(/newer version/);
    expect(await versionsOf(invitation.id)).toHaveLength(2);
  });

  it("refuses tasks the attempt did not have", async () => {
    const scope = await createOrganization();
    const { invitation, taskIds } = await scored(scope, "needs_review");

    const form = reviewForm(invitation.id, [taskIds[0]!, "made-up"]);
    await expect(saveReview(scope, form)).rejects.toThrow(/every task/);
  });
});

describe("who may review", () => {
  it("refuses a member who is not a reviewer", async () => {
    const scope = await createOrganization();
    const { invitation, taskIds } = await scored(scope, "needs_review");
    const member = await addMember(scope, "member");

    expect(await isReviewer(member.scope)).toBe(false);
    await expect(
      saveReview(member.scope, reviewForm(invitation.id, taskIds)),
    ).rejects.toThrow(/Only reviewers/);
    await expect(listReviewQueue(member.scope, "waiting")).rejects.toThrow(
      /Only reviewers/,
    );
    expect(await versionsOf(invitation.id)).toHaveLength(1);
  });

  it("lets admins and reviewer members review", async () => {
    const scope = await createOrganization();
    const admin = await addMember(scope, "admin");
    const reviewer = await addReviewer(scope);

    expect(await isReviewer(scope)).toBe(true);
    expect(await isReviewer(admin.scope)).toBe(true);
    expect(await isReviewer(reviewer.scope)).toBe(true);
  });

  it("never shows or changes another organization's results", async () => {
    const scope = await createOrganization();
    const { invitation, taskIds } = await scored(scope, "needs_review");
    const stranger = await createOrganization("Elsewhere");

    await expect(
      saveReview(stranger, reviewForm(invitation.id, taskIds)),
    ).rejects.toThrow(/not found/);
    expect(await listReviewQueue(stranger, "waiting")).toEqual([]);
    expect(await countAwaitingReview(stranger)).toBe(0);
    expect(await versionsOf(invitation.id)).toHaveLength(1);
  });
});

describe("the review queue", () => {
  it("lists results waiting for review oldest first, and final ones apart", async () => {
    const scope = await createOrganization();
    const older = await scored(scope, "needs_review");
    const newer = await scored(scope, "needs_review");
    const done = await scored(scope, "scored");

    const waiting = await listReviewQueue(scope, "waiting");
    expect(waiting.map((item) => item.invitationId)).toEqual([
      older.invitation.id,
      newer.invitation.id,
    ]);
    expect(waiting[0]).toMatchObject({
      language: "en-GB",
      reasons: ["A spoken answer has no transcript."],
    });
    expect(await countAwaitingReview(scope)).toBe(2);

    const final = await listReviewQueue(scope, "scored");
    expect(final.map((item) => item.invitationId)).toEqual([
      done.invitation.id,
    ]);
  });
});

describe("recordings for reviewers", () => {
  it("are served to reviewers of the invitation's organization only", async () => {
    const scope = await createOrganization();
    const { invitation, audioId } = await scored(scope, "needs_review");
    const other = await scored(scope, "needs_review");
    const member = await addMember(scope, "member");
    const reviewer = await addReviewer(scope);
    const stranger = await createOrganization("Elsewhere");

    const audio = await readReviewAudio(reviewer.scope, invitation.id, audioId);
    expect(audio?.contentType).toBe("audio/webm");
    expect(audio?.bytes.toString()).toBe("not really webm");

    expect(await readReviewAudio(member.scope, invitation.id, audioId)).toBe(
      null,
    );
    expect(await readReviewAudio(stranger, invitation.id, audioId)).toBe(null);
    expect(
      await readReviewAudio(scope, other.invitation.id, audioId),
    ).toBeNull();
    expect(await readReviewAudio(scope, "not-a-uuid", audioId)).toBeNull();
  });

  it("the navigation badge counts for reviewers and is hidden from others", async () => {
    const scope = await createOrganization();
    await scored(scope, "needs_review");
    const member = await addMember(scope, "member");

    expect(await reviewSummary(scope)).toEqual({ waiting: 1 });
    await expect(reviewSummary(member.scope)).rejects.toThrow(/not found/);
  });
});
