import { randomBytes } from "node:crypto";

import { afterAll, describe, expect, it } from "vitest";

import { POST as postIntegrity } from "@/app/api/a/[token]/integrity/route";
import { db } from "@/db/client";
import { rateLimits } from "@/db/schema";
import {
  CANDIDATE_REQUESTS_PER_MINUTE,
  candidateThrottle,
} from "@/lib/attempts/throttle";
import { stopProducerBoss } from "@/lib/jobs/boss";

afterAll(() => stopProducerBoss());

const newLink = () => randomBytes(32).toString("base64url");

function signal(token: string) {
  return postIntegrity(
    new Request(`http://localhost/api/a/${token}/integrity`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ kind: "tab_hidden" }),
    }),
    { params: Promise.resolve({ token }) },
  );
}

describe("a candidate link's request budget", () => {
  it("answers 429 with Retry-After once a link has used its minute", async () => {
    const token = newLink();
    for (let i = 0; i < CANDIDATE_REQUESTS_PER_MINUTE; i += 1) {
      expect(await candidateThrottle(token)).toBeNull();
    }

    const response = await signal(token);
    const body = (await response.json()) as { message: string };

    expect(response.status).toBe(429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(body.message).toMatch(/Too many requests/);
  });

  it("counts each link on its own", async () => {
    const busy = newLink();
    for (let i = 0; i <= CANDIDATE_REQUESTS_PER_MINUTE; i += 1) {
      await candidateThrottle(busy);
    }

    // Nobody holds this link, so past the budget check it is not found.
    const other = await signal(newLink());

    expect(other.status).toBe(404);
  });

  it("keeps the token's hash, never the token, in the store", async () => {
    const token = newLink();
    await candidateThrottle(token);

    const keys = (await db().select({ key: rateLimits.key }).from(rateLimits))
      .map((row) => row.key)
      .join("\n");

    expect(keys).not.toContain(token);
    expect(keys).toMatch(/candidate:link:[0-9a-f]{64}/);
  });
});
