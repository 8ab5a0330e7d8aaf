import { randomUUID } from "node:crypto";

import { eq } from "drizzle-orm";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { POST as postAudio } from "@/app/api/a/[token]/audio/route";
import { POST as postIntegrity } from "@/app/api/a/[token]/integrity/route";
import { POST as postSnapshot } from "@/app/api/a/[token]/snapshots/route";
import { db } from "@/db/client";
import { assessments, attempts } from "@/db/schema";
import { startAttempt } from "@/lib/attempts/start";
import { candidateToken } from "@/lib/invitations/links";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { createOrganization } from "@/lib/testing/factories";
import {
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";

const CASES = 500;
// Each link may make 120 requests a minute (lib/attempts/throttle.ts); the
// cases are spread over enough links to stay within it.
const LINKS = 5;

const tokens: string[] = [];
let taskId: string;

beforeAll(async () => {
  const scope = await createOrganization("Fuzzed uploads");
  taskId = randomUUID();
  const [assessment] = await db()
    .insert(assessments)
    .values({
      organizationId: scope.organizationId,
      name: "Dock English",
      language: "en-GB",
      targetLevel: "B1",
      validityDays: 7,
      tasks: [
        {
          id: taskId,
          kind: "speaking",
          prompt: "Tell a driver where to unload.",
          preparationSeconds: 5,
          maxAnswerSeconds: 60,
        },
      ],
    })
    .returning({ id: assessments.id });
  const rule = await createTestRule(scope, { assessmentId: assessment!.id });
  for (let link = 0; link < LINKS; link += 1) {
    const invitation = await createTestInvitation(scope, {
      status: "sent",
      ruleId: rule.id,
      assessmentId: rule.assessmentId,
    });
    const token = candidateToken({ id: invitation.id, linkVersion: 1 });
    await startAttempt(token);
    tokens.push(token);
  }
  const started = await db()
    .select({ id: attempts.id })
    .from(attempts)
    .where(eq(attempts.organizationId, scope.organizationId));
  expect(started).toHaveLength(LINKS);
});

afterAll(() => stopProducerBoss());

// Bytes a broken or hostile client sends: noise, truncated media headers,
// text, empty bodies, and odd query strings and content types.
const body = fc.oneof(
  fc.uint8Array({ maxLength: 2_048 }),
  fc.constantFrom(
    new Uint8Array([0x1a, 0x45, 0xdf, 0xa3]),
    new Uint8Array([0xff, 0xd8, 0xff]),
    new TextEncoder().encode("<svg onload=alert(1)>"),
    new Uint8Array(),
  ),
  fc
    .string({ unit: "binary", maxLength: 500 })
    .map((s) => new TextEncoder().encode(s)),
);
const query = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 40 }).map((s) => `?task=${encodeURIComponent(s)}`),
  fc.integer().map((n) => `?seconds=${n}`),
);
const contentType = fc.constantFrom(
  "audio/webm",
  "image/jpeg",
  "application/json",
  "text/html",
  "",
);

describe("the candidate's upload and signal routes under malformed input", () => {
  it(`answer ${CASES} malformed requests with 4xx and a message`, async () => {
    const routes = [postAudio, postSnapshot, postIntegrity];
    const cases = fc.sample(
      fc.tuple(fc.nat({ max: routes.length - 1 }), body, query, contentType),
      { numRuns: CASES, seed: 4_12_2026 },
    );

    const answers = [];
    for (const [index, [route, bytes, search, type]] of cases.entries()) {
      const token = tokens[index % LINKS]!;
      const params = { params: Promise.resolve({ token }) };
      const response = await routes[route]!(
        new Request(`http://localhost/api/a/${token}/x${search}`, {
          method: "POST",
          headers: type ? { "content-type": type } : {},
          body: bytes,
        }),
        params,
      );
      const json = (await response.json()) as { message?: string };
      answers.push({ status: response.status, message: json.message });
    }

    const failures = answers.filter((a) => a.status >= 500);
    expect(failures).toEqual([]);
    // Some noise is a valid shape for the integrity route (200); the rest
    // is refused with a reason the page can show.
    const refused = answers.filter((a) => a.status >= 400);
    expect(refused.length).toBeGreaterThan(CASES / 2);
    expect(refused.every((a) => typeof a.message === "string")).toBe(true);
    expect(
      answers.every((a) => [200, 400, 409, 413, 415].includes(a.status)),
    ).toBe(true);
  }, 60_000);
});
