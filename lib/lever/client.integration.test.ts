import { randomUUID } from "node:crypto";

import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { LeverClient, type RetryEvent, type TokenSource } from "./client";
import { LeverApiError, LeverReconnectRequired } from "./errors";
import { exchangeCode } from "./oauth";
import { collect } from "./pagination";
import {
  apiRequestCount,
  authorizeAsSuperAdmin,
  callAdmin,
  MemoryTokenSource,
  REDIRECT_URI,
  startTestLever,
  superAdminId,
  type TestLever,
} from "@/lib/testing/lever-simulator";

let lever: TestLever;
let tokens: MemoryTokenSource;

beforeAll(async () => {
  lever = await startTestLever();
  const code = await authorizeAsSuperAdmin(lever);
  const granted = await exchangeCode(lever.settings, {
    code,
    redirectUri: REDIRECT_URI,
  });
  tokens = new MemoryTokenSource(lever.settings, granted);
});

afterEach(async () => {
  await callAdmin(lever.sim, "DELETE", "/faults");
});

afterAll(async () => {
  await lever.sim.close();
});

function clientFor(source: TokenSource = tokens, retryCount = 8) {
  const retries: RetryEvent[] = [];
  const client = new LeverClient({
    apiBaseUrl: lever.settings.apiBaseUrl,
    accountKey: randomUUID(),
    tokens: source,
    timeoutMs: 1000,
    retry: { retries: retryCount, minTimeoutMs: 5, maxTimeoutMs: 100 },
    onRetry: (event) => retries.push(event),
  });
  return { client, retries };
}

function someOpportunityId(): string {
  const [first] = lever.sim.state.opportunities.keys();
  if (!first) throw new Error("The seed has no opportunities");
  return first;
}

describe("reading reference data", () => {
  it("pages through postings by passing next back as the offset", async () => {
    const { client } = clientFor();
    const paged: string[] = [];
    let offset: string | undefined;
    do {
      const page = await client.postingsPage({ offset, limit: 3 });
      paged.push(...page.data.map((p) => p.id));
      offset = page.hasNext ? (page.next ?? undefined) : undefined;
    } while (offset);

    const all = await collect(client.listPostings());
    expect(paged.length).toBeGreaterThan(3);
    expect(paged).toEqual(all.map((p) => p.id));
    expect(new Set(paged).size).toBe(paged.length);
  });

  it("filters postings by state and distribution channel", async () => {
    const { client } = clientFor();
    const published = await collect(
      client.listPostings({
        state: ["published"],
        distributionChannel: ["public", "internal"],
      }),
    );

    expect(published.length).toBeGreaterThan(0);
    expect(published.every((p) => p.state === "published")).toBe(true);
  });

  it("lists stages and active users", async () => {
    const { client } = clientFor();

    const stages = await client.listStages();
    expect(stages.map((s) => s.id)).toContain("lead-new");

    const users = await client.listUsers();
    expect(users.map((u) => u.id)).toContain(superAdminId(lever.sim));
    expect(users.every((u) => u.deactivatedAt == null)).toBe(true);
  });

  it("reads an opportunity with its application's posting", async () => {
    const { client } = clientFor();
    const id = someOpportunityId();

    const plain = await client.getOpportunity(id);
    expect(typeof plain.applications?.[0]).toBe("string");

    const expanded = await client.getOpportunity(id, {
      expandApplications: true,
    });
    const application = expanded.applications?.[0];
    expect(application).toMatchObject({ posting: expect.any(String) });
  });

  it("lists opportunities in one stage", async () => {
    const { client } = clientFor();
    const stageId = lever.sim.state.opportunities.get(someOpportunityId())
      ?.stageId as string;

    const inStage = await collect(client.listOpportunities({ stageId }));
    expect(inStage.length).toBeGreaterThan(0);
    expect(inStage.every((o) => o.stage === stageId)).toBe(true);
  });
});

describe("writing to an opportunity", () => {
  it("creates a template, posts a feedback form, deletes it", async () => {
    const { client } = clientFor();
    const template = await client.createFeedbackTemplate({
      text: "Hallo Language Assessment",
      instructions: "Filled in by Hallo",
      fields: [
        { type: "score-system", text: "Overall rating", required: true },
        { type: "text", text: "CEFR level" },
      ],
    });
    const [rating, level] = template.fields;
    expect(rating?.options?.map((o) => o.text)).toContain("3 - Hire");

    const listed = await client.listFeedbackTemplates();
    expect(listed.map((t) => t.id)).toContain(template.id);

    const opportunityId = someOpportunityId();
    const form = await client.createFeedback(opportunityId, {
      performAs: superAdminId(lever.sim),
      baseTemplateId: template.id,
      fieldValues: [
        { id: rating!.id, value: "3 - Hire" },
        { id: level!.id, value: "B2" },
      ],
      completedAt: Date.now(),
    });
    expect(form.baseTemplateId).toBe(template.id);
    const forms = await client.listFeedback(opportunityId);
    expect(forms.map((f) => f.id)).toContain(form.id);

    await client.deleteFeedbackTemplate(template.id);
    const after = await client.listFeedbackTemplates();
    expect(after.map((t) => t.id)).not.toContain(template.id);
  });

  it("adds a note, tags and moves the stage", async () => {
    const { client } = clientFor();
    const id = someOpportunityId();
    const performAs = superAdminId(lever.sim);

    const note = await client.addNote(id, { value: "Passed B2", performAs });
    expect(note.noteId).toEqual(expect.any(String));

    const tagged = await client.addTags(id, ["Hallo: passed"]);
    expect(tagged.tags).toContain("Hallo: passed");
    const untagged = await client.removeTags(id, ["Hallo: passed"]);
    expect(untagged.tags).not.toContain("Hallo: passed");

    const moved = await client.changeStage(id, "offer", performAs);
    expect(moved.stage).toBe("offer");
  });
});

describe("webhooks", () => {
  it("returns the signature token only when creating", async () => {
    const { client } = clientFor();
    const created = await client.createWebhook({
      url: "https://hallo.example/api/webhooks/lever/c-1",
      event: "candidateStageChange",
    });
    expect(created.signatureToken.length).toBeGreaterThan(10);

    const listed = await client.listWebhooks();
    const found = listed.find((w) => w.id === created.id);
    expect(found?.configuration?.signatureToken).toBeUndefined();

    await client.deleteWebhook(created.id);
    await client.deleteWebhook(created.id);
    const after = await client.listWebhooks();
    expect(after.map((w) => w.id)).not.toContain(created.id);
  });
});

describe("failures", () => {
  it("does not retry a 400", async () => {
    const { client, retries } = clientFor();
    const before = apiRequestCount(lever.sim);

    const failure = client.createFeedback(someOpportunityId(), {
      performAs: superAdminId(lever.sim),
      baseTemplateId: "no-such-template",
      fieldValues: [],
    });
    await expect(failure).rejects.toMatchObject({
      name: "LeverApiError",
      status: 400,
      code: "BadRequestError",
      message: "Unable to create feedback",
      retryable: false,
    });
    expect(apiRequestCount(lever.sim)).toBe(before + 1);
    expect(retries).toEqual([]);
  });

  it("reports a missing opportunity as a 404 without retrying", async () => {
    const { client, retries } = clientFor();

    const failure = client.getOpportunity("missing-opportunity");
    await expect(failure).rejects.toBeInstanceOf(LeverApiError);
    await expect(failure).rejects.toMatchObject({
      status: 404,
      code: "ResourceNotFound",
      endpoint: "GET /opportunities/missing-opportunity",
    });
    expect(retries).toEqual([]);
  });

  it("succeeds through 30% server errors by retrying", async () => {
    const { client, retries } = clientFor();
    await callAdmin(lever.sim, "PUT", "/faults", { errorRate: 0.3 });

    const results = await Promise.all(
      Array.from({ length: 20 }, () => client.listStages()),
    );
    expect(results.every((stages) => stages.length > 0)).toBe(true);
    expect(retries.length).toBeGreaterThan(0);
    expect(retries.every((r) => r.status >= 500)).toBe(true);
  });

  it("retries a call that times out, then reports the timeout", async () => {
    const { client, retries } = clientFor(tokens, 1);
    await callAdmin(lever.sim, "PUT", "/faults", { latencyMs: 1500 });

    await expect(client.listStages()).rejects.toMatchObject({
      status: 0,
      code: "Timeout",
      retryable: true,
    });
    expect(retries).toHaveLength(1);
  });

  it("does not post a feedback form again when Lever's answer is lost", async () => {
    const { client, retries } = clientFor();
    const template = await client.createFeedbackTemplate({
      text: "Lost answers",
      fields: [{ type: "score-system", text: "Overall rating" }],
    });
    const opportunityId = someOpportunityId();
    const before = (await client.listFeedback(opportunityId)).length;
    await callAdmin(lever.sim, "PUT", "/faults", { timeoutAfterCommitRate: 1 });

    const post = client.createFeedback(opportunityId, {
      performAs: superAdminId(lever.sim),
      baseTemplateId: template.id,
      fieldValues: [{ id: template.fields[0]!.id, value: "3 - Hire" }],
    });

    await expect(post).rejects.toMatchObject({ status: 0 });
    await callAdmin(lever.sim, "DELETE", "/faults");
    expect(retries).toHaveLength(0);
    expect(await client.listFeedback(opportunityId)).toHaveLength(before + 1);
  });

  it("refreshes exactly once when Lever rejects the access token", async () => {
    const source = new MemoryTokenSource(lever.settings, tokens.tokens);
    const { client } = clientFor(source);
    await callAdmin(lever.sim, "POST", "/expire-tokens");

    expect((await client.listStages()).length).toBeGreaterThan(0);
    expect(source.refreshCalls).toBe(1);
    tokens = source;
  });

  it("gives up after one refresh if the new token is refused too", async () => {
    const stuck = { accessToken: async () => "stale", refreshCalls: 0 };
    const source: TokenSource & { refreshCalls: number } = {
      ...stuck,
      refreshAfterRejection: async () => {
        source.refreshCalls += 1;
        return "still-stale";
      },
    };
    const { client, retries } = clientFor(source);
    const before = apiRequestCount(lever.sim);

    await expect(client.listStages()).rejects.toMatchObject({ status: 401 });
    expect(source.refreshCalls).toBe(1);
    expect(apiRequestCount(lever.sim)).toBe(before + 2);
    expect(retries).toEqual([]);
  });

  it("stops at once when the grant is gone", async () => {
    const { client, retries } = clientFor();
    await callAdmin(lever.sim, "POST", "/revoke", {});

    await expect(client.listStages()).rejects.toBeInstanceOf(
      LeverReconnectRequired,
    );
    expect(retries).toEqual([]);
  });
});
