import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import fc from "fast-check";
import pLimit from "p-limit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { stopProducerBoss } from "@/lib/jobs/boss";
import { createOfflineConnection, signed } from "@/lib/testing/deliveries";
import { createOrganization } from "@/lib/testing/factories";
import { forgetConnections } from "@/lib/webhooks/intake";
import { handleDelivery } from "@/lib/webhooks/node-handler";

const BODIES = 10_000;
const SIGNATURE_TOKEN = "fuzz-signature-token";

let server: Server;
let url: string;

beforeAll(async () => {
  const scope = await createOrganization("Fuzzed");
  const connectionId = await createOfflineConnection(scope, SIGNATURE_TOKEN);
  forgetConnections();

  server = createServer((request, response) => {
    void handleDelivery(request, response, connectionId);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await stopProducerBoss();
});

function validBody(): string {
  return JSON.stringify(
    signed(SIGNATURE_TOKEN, "candidateStageChange", {
      opportunityId: randomUUID(),
      toStageId: "stage-a",
      fromStageId: "stage-b",
    }),
  );
}

function nested(depth: number): string {
  return "[".repeat(depth) + "]".repeat(depth);
}

// Shapes a careless or hostile sender produces: noise, truncated and
// reshaped deliveries, deep nesting, oversize bodies and odd unicode.
const malformedBody = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc.nat({ max: 150 }).map((cut) => validBody().slice(0, cut)),
  fc
    .record({
      token: fc.jsonValue({ maxDepth: 2 }),
      triggeredAt: fc.jsonValue({ maxDepth: 2 }),
      signature: fc.jsonValue({ maxDepth: 2 }),
      event: fc.jsonValue({ maxDepth: 2 }),
      data: fc.jsonValue({ maxDepth: 3 }),
    })
    .map((body) => JSON.stringify(body)),
  fc.integer({ min: 100, max: 100_000 }).map(nested),
  fc.integer({ min: 60, max: 200 }).map((kb) => "x".repeat(kb * 1024)),
  fc.constantFrom("\u0000", "\uFEFF{}", '{"token":"\uD800"}', "null", ""),
);

const contentType = fc.constantFrom(
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=latin1",
  "",
);

describe("the webhook intake under malformed input", () => {
  it(`answers ${BODIES} malformed bodies with 4xx and keeps serving`, async () => {
    const cases = fc.sample(fc.tuple(malformedBody, contentType), {
      numRuns: BODIES,
      seed: 20261204,
    });
    const limit = pLimit(16);

    const statuses = await Promise.all(
      cases.map(([body, type]) =>
        limit(async () => {
          const response = await fetch(url, {
            method: "POST",
            headers: type ? { "content-type": type } : {},
            body,
          });
          await response.arrayBuffer();
          return response.status;
        }),
      ),
    );

    const counts = new Map<number, number>();
    for (const status of statuses)
      counts.set(status, (counts.get(status) ?? 0) + 1);
    expect([...counts.keys()].filter((status) => status >= 500)).toEqual([]);
    expect([...counts.keys()].every((s) => [400, 401, 413].includes(s))).toBe(
      true,
    );

    const after = await fetch(url, { method: "POST", body: validBody() });
    expect(after.status).toBe(200);
  }, 120_000);
});
