import { describe, expect, it } from "vitest";

import { envelopeSchema, readDelivery } from "@/lib/webhooks/envelope";
import { withinWindow } from "@/lib/webhooks/window";

const envelope = (event: string, data: Record<string, unknown>) =>
  envelopeSchema.parse({
    triggeredAt: 1,
    event,
    token: "t",
    signature: "s",
    data,
  });

describe("readDelivery", () => {
  it("reads the opportunity of the events Hallo acts on", () => {
    const read = readDelivery(
      envelope("candidateStageChange", {
        opportunityId: "o",
        toStageId: "s",
        extra: 1,
      }),
    );
    expect(read).toEqual({
      ok: true,
      facts: {
        event: "candidateStageChange",
        handled: true,
        opportunityId: "o",
      },
    });
  });

  it("accepts Lever's test delivery and events Hallo does not act on", () => {
    expect(readDelivery(envelope("candidateHired", {}))).toMatchObject({
      ok: true,
      facts: { handled: false },
    });
    expect(
      readDelivery(envelope("interviewCreated", { id: "x" })),
    ).toMatchObject({
      ok: true,
      facts: { handled: false },
    });
  });

  it("names the field that has the wrong shape", () => {
    expect(
      readDelivery(
        envelope("candidateStageChange", { opportunityId: "o", toStageId: 7 }),
      ),
    ).toEqual({
      ok: false,
      reason: "candidateStageChange data is missing or has a bad toStageId",
    });
  });
});

describe("withinWindow", () => {
  const now = Date.UTC(2026, 11, 3);
  const hour = 3_600_000;

  it("accepts deliveries up to the maximum age", () => {
    expect(withinWindow(now - 72 * hour, now, 72)).toBe(true);
    expect(withinWindow(now - 72 * hour - 1, now, 72)).toBe(false);
  });

  it("allows a few minutes of clock skew into the future, no more", () => {
    expect(withinWindow(now + 60_000, now, 72)).toBe(true);
    expect(withinWindow(now + hour, now, 72)).toBe(false);
  });
});
