import { describe, expect, it } from "vitest";

import { page, readEnvelope, single } from "./envelope";
import { LeverApiError } from "./errors";
import { stageSchema, webhookSchema } from "./schemas";

const context = { endpoint: "GET /stages", status: 200 };
const stage = { id: "lead-new", text: "New lead" };

describe("readEnvelope for one object", () => {
  it("reads the single {data: X} envelope", () => {
    const body = { data: stage };
    expect(readEnvelope(body, single(stageSchema), context).data).toEqual(
      stage,
    );
  });

  it("reads the double {data: {data: X}} envelope", () => {
    const created = {
      id: "hook-1",
      event: "candidateStageChange",
      url: "https://hallo.example/lever",
      configuration: { signatureToken: "secret-token" },
    };
    const body = { data: { data: created } };

    const parsed = readEnvelope(body, single(webhookSchema), context).data;
    expect(parsed.configuration?.signatureToken).toBe("secret-token");
  });

  it("keeps fields that Lever adds", () => {
    const body = { data: { ...stage, color: "blue" }, requestId: "r-1" };
    const parsed = readEnvelope(body, single(stageSchema), context).data;
    expect(parsed).toMatchObject({ ...stage, color: "blue" });
  });

  it("names the endpoint and the broken field for a bad shape", () => {
    const body = { data: { id: 42, text: "New lead" } };
    const read = () => readEnvelope(body, single(stageSchema), context);

    expect(read).toThrow(LeverApiError);
    expect(read).toThrow(/GET \/stages.*data\.id/);
  });

  it("refuses bodies that are not envelopes at all", () => {
    for (const body of [null, "oops", [stage], { stage }]) {
      expect(() => readEnvelope(body, single(stageSchema), context)).toThrow(
        /Unexpected answer/,
      );
    }
  });
});

describe("readEnvelope for a list page", () => {
  it("reads data, next and hasNext", () => {
    const body = { data: [stage], next: "0.123.abc", hasNext: true };
    expect(readEnvelope(body, page(stageSchema), context)).toEqual({
      data: [stage],
      next: "0.123.abc",
      hasNext: true,
    });
  });

  it("treats a page without next as the last one", () => {
    const body = { data: [stage], hasNext: false };
    expect(readEnvelope(body, page(stageSchema), context)).toEqual({
      data: [stage],
      next: null,
      hasNext: false,
    });
  });

  it("reads a double-wrapped page", () => {
    const body = { data: { data: [stage], next: "n-1", hasNext: true } };
    const parsed = readEnvelope(body, page(stageSchema), context);
    expect(parsed.next).toBe("n-1");
    expect(parsed.data).toEqual([stage]);
  });

  it("rejects a page whose items are malformed", () => {
    const body = { data: [{ id: "x" }], hasNext: false };
    expect(() => readEnvelope(body, page(stageSchema), context)).toThrow(
      /data\.0\.text/,
    );
  });
});
