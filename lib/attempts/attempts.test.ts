import { randomUUID } from "node:crypto";

import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { assessments, attempts, invitations, taskResponses } from "@/db/schema";
import { finishTask, saveWriting } from "@/lib/attempts/answers";
import { startAttempt } from "@/lib/attempts/start";
import { submitAttempt } from "@/lib/attempts/submit";
import { loadAttemptView } from "@/lib/attempts/view";
import { POST as postAudio } from "@/app/api/a/[token]/audio/route";
import { POST as postSnapshot } from "@/app/api/a/[token]/snapshots/route";
import { receiveRecording, receiveSnapshot } from "@/lib/attempts/uploads";
import { readCapped } from "@/lib/attempts/route";
import type { Scope } from "@/lib/auth/scope";
import { candidateToken } from "@/lib/invitations/links";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { createOrganization } from "@/lib/testing/factories";
import {
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";

// The smallest WebM and JPEG headers the sniffer recognises.
const WEBM = Buffer.concat([
  Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01]),
  Buffer.from([0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04]),
  Buffer.from([0x42, 0xf3, 0x81, 0x08, 0x42, 0x82, 0x84]),
  Buffer.from("webm"),
  Buffer.from([0x42, 0x87, 0x81, 0x04, 0x42, 0x85, 0x81, 0x02]),
  Buffer.alloc(64),
]);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from("JFIF"),
  Buffer.alloc(64),
]);

let scope: Scope;
let rule: { id: string; assessmentId: string };

beforeAll(async () => {
  scope = await createOrganization("Candidates");
  const [assessment] = await db()
    .insert(assessments)
    .values({
      organizationId: scope.organizationId,
      name: "Front desk English",
      language: "en-GB",
      targetLevel: "B2",
      validityDays: 7,
      tasks: [
        {
          id: randomUUID(),
          kind: "speaking",
          prompt: "Greet a guest who arrives late.",
          preparationSeconds: 5,
          maxAnswerSeconds: 30,
        },
        {
          id: randomUUID(),
          kind: "writing",
          prompt: "Confirm a booking by email.",
          minWords: 5,
          maxWords: 100,
          timeLimitSeconds: 600,
        },
      ],
    })
    .returning({ id: assessments.id });
  rule = await createTestRule(scope, { assessmentId: assessment!.id });
});
afterAll(() => stopProducerBoss());

async function invite() {
  const invitation = await createTestInvitation(scope, {
    status: "sent",
    ruleId: rule.id,
    assessmentId: rule.assessmentId,
  });
  const token = candidateToken({ id: invitation.id, linkVersion: 1 });
  const [attemptRow] = await db()
    .select({ tasks: attempts.tasks })
    .from(attempts)
    .where(eq(attempts.invitationId, invitation.id));
  expect(attemptRow).toBeUndefined();
  return { invitation, token };
}

async function attemptOf(invitationId: string) {
  const [row] = await db()
    .select()
    .from(attempts)
    .where(eq(attempts.invitationId, invitationId));
  return row!;
}

async function scoreJobs(attemptId: string) {
  const result = await db().execute<{ n: number }>(sql`
    select count(*)::int as n from pgboss.job
    where name = 'attempts.score' and data->>'attemptId' = ${attemptId}`);
  return result.rows[0]!.n;
}

describe("a candidate's attempt", () => {
  it("starts once however often Start is pressed, and copies the tasks", async () => {
    const { invitation, token } = await invite();

    await Promise.all([
      startAttempt(token),
      startAttempt(token),
      startAttempt(token),
    ]);

    const rows = await db()
      .select()
      .from(attempts)
      .where(eq(attempts.invitationId, invitation.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tasks.map((t) => t.kind)).toEqual(["speaking", "writing"]);
    const [after] = await db()
      .select({ status: invitations.status })
      .from(invitations)
      .where(eq(invitations.id, invitation.id));
    expect(after?.status).toBe("started");
  });

  it("takes answers only for the task in progress, one re-record at most, and hands in once", async () => {
    const { invitation, token } = await invite();
    await startAttempt(token);
    const [speaking, writing] = (await attemptOf(invitation.id)).tasks;

    await expect(
      saveWriting(token, { taskId: writing!.id, text: "too early" }),
    ).rejects.toThrow(/not the one in progress/);
    await receiveRecording(token, {
      taskId: speaking!.id,
      bytes: WEBM,
      durationSeconds: 12,
    });
    await receiveRecording(token, {
      taskId: speaking!.id,
      bytes: WEBM,
      durationSeconds: 10,
    });
    await expect(
      receiveRecording(token, {
        taskId: speaking!.id,
        bytes: WEBM,
        durationSeconds: 9,
      }),
    ).rejects.toThrow(/recorded twice/);
    await receiveSnapshot(token, { taskId: speaking!.id, bytes: JPEG });
    await finishTask(token, { taskId: speaking!.id });

    await saveWriting(token, {
      taskId: writing!.id,
      text: "Dear guest, your room is ready.",
    });
    await finishTask(token, { taskId: writing!.id });
    await submitAttempt(token);
    await expect(submitAttempt(token)).rejects.toThrow(/already submitted/);
    await expect(
      saveWriting(token, { taskId: writing!.id, text: "Afterthought" }),
    ).rejects.toThrow(/already submitted/);
    await expect(
      receiveSnapshot(token, { taskId: null, bytes: JPEG }),
    ).rejects.toThrow(/already submitted/);

    const attempt = await attemptOf(invitation.id);
    expect(attempt.submittedAt).not.toBeNull();
    expect(await scoreJobs(attempt.id)).toBe(1);
    const answers = await db()
      .select()
      .from(taskResponses)
      .where(eq(taskResponses.attemptId, attempt.id));
    expect(answers.find((a) => a.taskId === writing!.id)?.wordCount).toBe(6);
    expect(answers.find((a) => a.taskId === speaking!.id)?.recordings).toBe(2);
  });

  it("refuses to submit before every task is done", async () => {
    const { token } = await invite();
    await startAttempt(token);

    await expect(submitAttempt(token)).rejects.toThrow(/Finish every task/);
  });

  it("refuses uploads whose bytes are not what they should be, whatever they claim", async () => {
    const { invitation, token } = await invite();
    await startAttempt(token);
    const [speaking] = (await attemptOf(invitation.id)).tasks;

    await expect(
      receiveRecording(token, {
        taskId: speaking!.id,
        bytes: JPEG,
        durationSeconds: 3,
      }),
    ).rejects.toMatchObject({ status: 415 });
    await expect(
      receiveSnapshot(token, { taskId: null, bytes: Buffer.from("<svg/>") }),
    ).rejects.toMatchObject({ status: 415 });
  });

  it("stops reading an upload as soon as it passes the limit", async () => {
    const body = new ReadableStream({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024));
      },
    });
    const request = new Request("http://x/upload", {
      method: "POST",
      body,
      duplex: "half",
    } as RequestInit);

    await expect(readCapped(request, 1024 * 1024)).rejects.toMatchObject({
      status: 413,
    });
  });

  it("keeps the written answer, so a reload resumes it", async () => {
    const { invitation, token } = await invite();
    await startAttempt(token);
    const [speaking, writing] = (await attemptOf(invitation.id)).tasks;
    await expect(finishTask(token, { taskId: speaking!.id })).rejects.toThrow(
      /Record your answer/,
    );
    await receiveRecording(token, {
      taskId: speaking!.id,
      bytes: WEBM,
      durationSeconds: 5,
    });
    await finishTask(token, { taskId: speaking!.id });

    await saveWriting(token, { taskId: writing!.id, text: "Half a" });
    await saveWriting(token, { taskId: writing!.id, text: "Half a draft" });

    const view = await loadAttemptView(invitation.id);
    expect(view?.currentTask).toBe(1);
    expect(view?.answers[writing!.id]?.text).toBe("Half a draft");
    expect(view?.answers[speaking!.id]?.recordings).toBe(1);
  });

  it("refuses writing after the time limit and its grace", async () => {
    const { invitation, token } = await invite();
    await startAttempt(token);
    const attempt = await attemptOf(invitation.id);
    const [speaking, writing] = attempt.tasks;
    await receiveRecording(token, {
      taskId: speaking!.id,
      bytes: WEBM,
      durationSeconds: 5,
    });
    await finishTask(token, { taskId: speaking!.id });
    await saveWriting(token, { taskId: writing!.id, text: "Started" });
    await db()
      .update(taskResponses)
      .set({ startedAt: new Date(Date.now() - 24 * 3600 * 1000) })
      .where(
        and(
          eq(taskResponses.attemptId, attempt.id),
          eq(taskResponses.taskId, writing!.id),
        ),
      );

    await expect(
      saveWriting(token, { taskId: writing!.id, text: "Too late" }),
    ).rejects.toThrow(/time for this task is over/);
  });

  it("answers 413 and 415 with a message from the upload routes", async () => {
    const { invitation, token } = await invite();
    await startAttempt(token);
    const [speaking] = (await attemptOf(invitation.id)).tasks;
    const params = { params: Promise.resolve({ token }) };
    const post = (url: string, body: Buffer, type: string) =>
      new Request(`http://localhost/api/a/${token}/${url}`, {
        method: "POST",
        headers: { "content-type": type },
        body: new Uint8Array(body),
      });

    const big = await postSnapshot(
      post("snapshots", Buffer.alloc(1024 * 1024 + 1), "image/jpeg"),
      params,
    );
    const fake = await postAudio(
      post(`audio?task=${speaking!.id}`, JPEG, "audio/webm"),
      params,
    );
    const good = await postAudio(
      post(`audio?task=${speaking!.id}&seconds=4`, WEBM, "text/plain"),
      params,
    );

    expect(big.status).toBe(413);
    expect((await big.json()).message).toMatch(/larger than 1 MB/);
    expect(fake.status).toBe(415);
    expect((await fake.json()).message).toMatch(/not WebM or Ogg/);
    expect(good.status).toBe(200);
    expect(await good.json()).toEqual({ recordings: 1 });
  });

  it("answers bad input with 400, never 500", async () => {
    const { token } = await invite();
    const { POST } = await import("@/app/api/a/[token]/answer/route");

    const response = await POST(
      new Request("http://localhost/x", { method: "POST", body: "{nope" }),
      { params: Promise.resolve({ token }) },
    );
    const wrongShape = await POST(
      new Request("http://localhost/x", {
        method: "POST",
        body: JSON.stringify({ taskId: 3 }),
      }),
      { params: Promise.resolve({ token }) },
    );

    expect(response.status).toBe(400);
    expect(wrongShape.status).toBe(400);
  });

  it("refuses an unknown or cancelled link", async () => {
    const { invitation, token } = await invite();
    await db()
      .update(invitations)
      .set({ status: "cancelled" })
      .where(eq(invitations.id, invitation.id));

    await expect(startAttempt(token)).rejects.toMatchObject({ status: 404 });
    await expect(startAttempt("x".repeat(43))).rejects.toMatchObject({
      status: 404,
    });
  });
});
