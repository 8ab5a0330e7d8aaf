import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/start";
import { buildSeed, opportunityCount } from "../src/seed";
import {
  api,
  connect,
  startTestSimulator,
  type One,
  type Page,
} from "./helpers";
import type { WireOpportunity, WirePosting, WireUser } from "./wire";

let sim: RunningSimulator;
let token: string;

beforeAll(async () => {
  sim = await startTestSimulator();
  token = (await connect(sim)).access_token;
});
afterAll(() => sim.close());

async function collectPages<T>(path: string, limit: number) {
  const pages: Page<T>[] = [];
  let offset: string | undefined;
  do {
    const query = `limit=${limit}${offset ? `&offset=${offset}` : ""}`;
    const page = await api<Page<T>>(sim, token, `${path}?${query}`);
    pages.push(page.json);
    offset = page.json.next;
  } while (pages[pages.length - 1]?.hasNext);
  return pages;
}

describe("auth and scopes", () => {
  it("answers 401 Unauthorized without a bearer token", async () => {
    const response = await fetch(`${sim.url}/v1/stages`);
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "Unauthorized" });
  });

  it("answers 403 Forbidden when the scope is missing", async () => {
    const narrow = await connect(sim, ["stages:read:admin"]);
    const stages = await api(sim, narrow.access_token, "/stages");
    const postings = await api(sim, narrow.access_token, "/postings");

    expect(stages.status).toBe(200);
    expect(postings.status).toBe(403);
    expect(postings.json.code).toBe("Forbidden");
  });

  it("lets a write scope read", async () => {
    const writer = await connect(sim, ["opportunities:write:admin"]);
    const response = await api(
      sim,
      writer.access_token,
      "/opportunities?limit=1",
    );
    expect(response.status).toBe(200);
  });
});

describe("pagination", () => {
  it("walks every opportunity with opaque offsets and hasNext", async () => {
    const pages = await collectPages<WireOpportunity>("/opportunities", 25);
    const ids = pages.flatMap((p) => p.data.map((o) => o.id));

    expect(pages).toHaveLength(Math.ceil(opportunityCount / 25));
    expect(new Set(ids).size).toBe(opportunityCount);
    expect(pages[0]?.next).toMatch(/^0\.\d+\./);
    expect(pages.at(-1)?.hasNext).toBe(false);
    expect(pages.at(-1)?.next).toBeUndefined();
  });

  it("can seed a larger account without changing the default ids", () => {
    const small = buildSeed();
    const large = buildSeed(undefined, 300);
    const largeIds = large.opportunities.map((o) => o.id);

    expect(largeIds).toHaveLength(300);
    expect(new Set(largeIds).size).toBe(300);
    expect(largeIds.slice(0, opportunityCount)).toEqual(
      small.opportunities.map((o) => o.id),
    );
    expect(large.feedbackTemplates).toEqual(small.feedbackTemplates);
    expect(new Set(large.opportunities.map((o) => o.emails[0])).size).toBe(300);
  });

  it("pages users too", async () => {
    const pages = await collectPages<WireUser>("/users", 2);
    expect(pages.flatMap((p) => p.data)).toHaveLength(5);
  });

  it.each(["0", "101", "abc"])("refuses limit=%s", async (limit) => {
    const response = await api(sim, token, `/opportunities?limit=${limit}`);
    expect(response.status).toBe(400);
    expect(response.json.code).toBe("BadRequestError");
  });

  it("refuses an invented offset", async () => {
    const response = await api(sim, token, "/opportunities?offset=25");
    expect(response.status).toBe(400);
  });
});

describe("postings", () => {
  const list = async (query: string) =>
    (await api<Page<WirePosting>>(sim, token, `/postings?${query}`)).json.data;

  it("returns only public-channel postings for a bare state=published", async () => {
    const published = await list("state=published");
    expect(published.length).toBeGreaterThan(0);
    expect(published.every((p) => p.state === "published")).toBe(true);
    expect(
      published.every((p) => p.distributionChannels.includes("public")),
    ).toBe(true);
  });

  it("includes internal-only published postings when both channels are asked", async () => {
    const bare = await list("state=published");
    const both = await list(
      "state=published&distributionChannel=public&distributionChannel=internal",
    );
    const internalOnly = both.filter(
      (p) => !p.distributionChannels.includes("public"),
    );

    expect(both.length).toBeGreaterThan(bare.length);
    expect(internalOnly.map((p) => p.text)).toContain(
      "Dispatcher (Spanish & English)",
    );
  });

  it("filters by several states and rejects unknown ones", async () => {
    const closedOrDraft = await list("state=closed&state=draft");
    const bad = await api(sim, token, "/postings?state=open");

    expect(new Set(closedOrDraft.map((p) => p.state))).toEqual(
      new Set(["closed", "draft"]),
    );
    expect(bad.status).toBe(400);
  });

  it("has at least eight postings in several states", async () => {
    const all = await list("");
    expect(all.length).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((p) => p.state)).size).toBeGreaterThanOrEqual(4);
  });
});

describe("opportunities, stages and users", () => {
  it("lists application ids, and postings with expand=applications", async () => {
    const id = [...sim.state.opportunities.keys()][0] ?? "";
    const plain = await api<One<WireOpportunity>>(
      sim,
      token,
      `/opportunities/${id}`,
    );
    const expanded = await api<One<WireOpportunity>>(
      sim,
      token,
      `/opportunities/${id}?expand=applications`,
    );
    const application = expanded.json.data.applications[0];

    expect(typeof plain.json.data.applications[0]).toBe("string");
    expect(typeof application).toBe("object");
    expect(application).toMatchObject({
      id: plain.json.data.applications[0],
      posting: sim.state.opportunities.get(id)?.postingId,
    });
    expect(plain.json.data).not.toHaveProperty("postings");
  });

  it("filters opportunities by stage, posting and archived", async () => {
    const sample = [...sim.state.opportunities.values()][3];
    const stage = sample?.stageId ?? "";
    const posting = sample?.postingId ?? "";
    const query = `stage_id=${stage}&posting_id=${posting}`;
    const both = await api<Page<WireOpportunity>>(
      sim,
      token,
      `/opportunities?${query}`,
    );
    const archived = await api<Page<WireOpportunity>>(
      sim,
      token,
      "/opportunities?archived=true",
    );

    expect(both.json.data.map((o) => o.id)).toContain(sample?.id);
    expect(both.json.data.every((o) => o.stage === stage)).toBe(true);
    expect(archived.json.data.length).toBeGreaterThan(0);
    expect(archived.json.data.every((o) => o.archived !== null)).toBe(true);
  });

  it("serves built-in stage ids and {id, text} stages", async () => {
    const stages = await api<Page<{ id: string; text: string }>>(
      sim,
      token,
      "/stages",
    );
    const ids = stages.json.data.map((s) => s.id);
    const one = await api<One<object>>(sim, token, "/stages/lead-new");

    expect(ids).toEqual(
      expect.arrayContaining(["lead-new", "applicant-new", "offer"]),
    );
    expect(stages.json.data.map((s) => s.text)).toContain(
      "Language Assessment",
    );
    expect(one.json.data).toEqual({ id: "lead-new", text: "New lead" });
  });

  it("hides deactivated users unless asked", async () => {
    type Users = Page<WireUser>;
    const active = await api<Users>(sim, token, "/users");
    const all = await api<Users>(sim, token, "/users?includeDeactivated=true");

    expect(active.json.data.every((u) => u.deactivatedAt === null)).toBe(true);
    expect(all.json.data.length).toBe(active.json.data.length + 1);
    expect(active.json.data.map((u) => u.accessRole)).toContain("super admin");
  });

  it("answers 404 ResourceNotFound for unknown objects and paths", async () => {
    const missing = "00000000-0000-4000-8000-000000000000";
    const opportunity = await api(sim, token, `/opportunities/${missing}`);
    const path = await api(sim, token, "/nothing-here");

    expect(opportunity.status).toBe(404);
    expect(opportunity.json).toEqual({
      code: "ResourceNotFound",
      message: `Opportunity ${missing} was not found`,
    });
    expect(path.status).toBe(404);
    expect(path.json.code).toBe("ResourceNotFound");
  });
});
