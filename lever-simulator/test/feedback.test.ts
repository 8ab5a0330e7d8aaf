import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/start";
import {
  admin,
  api,
  connect,
  startTestSimulator,
  superAdminId,
  type One,
  type Page,
} from "./helpers";
import type { WireFeedback, WireOpportunity, WireTemplate } from "./wire";

let sim: RunningSimulator;
let token: string;
let template: WireTemplate;
let opportunityId: string;

const templateBody = {
  text: "Hallo Language Assessment",
  instructions: "Filled in by Hallo",
  fields: [
    { type: "score-system", text: "Overall", required: true },
    { type: "text", text: "CEFR level" },
    { type: "textarea", text: "Summary" },
  ],
};

beforeAll(async () => {
  sim = await startTestSimulator();
  token = (await connect(sim)).access_token;
  const created = await api<One<WireTemplate>>(
    sim,
    token,
    "/feedback_templates",
    {
      method: "POST",
      body: templateBody,
    },
  );
  template = created.json.data;
  opportunityId = [...sim.state.opportunities.keys()][5] ?? "";
});
afterAll(() => sim.close());

const fieldId = (type: string) =>
  template.fields.find((f) => f.type === type)?.id ?? "";

describe("feedback templates", () => {
  it("fills the score-system field with the account's rating options", () => {
    const rating = template.fields.find((f) => f.type === "score-system");
    expect(rating?.options?.map((o) => o.text)).toEqual([
      "4 - Strong Hire",
      "3 - Hire",
      "2 - No Hire",
      "1 - Strong No Hire",
    ]);
    expect(template.fields.every((f) => f.id.length === 36)).toBe(true);
  });

  it.each([
    ["no score-system field", [{ type: "text", text: "Notes" }]],
    [
      "two score-system fields",
      [
        { type: "score-system", text: "A" },
        { type: "score-system", text: "B" },
      ],
    ],
    [
      "an unknown field type",
      [
        { type: "score-system", text: "A" },
        { type: "slider", text: "B" },
      ],
    ],
    [
      "a dropdown without options",
      [
        { type: "score-system", text: "A" },
        { type: "dropdown", text: "B" },
      ],
    ],
  ])("refuses a template with %s", async (_, fields) => {
    const response = await api(sim, token, "/feedback_templates", {
      method: "POST",
      body: { text: "Broken", fields },
    });
    expect(response.status).toBe(400);
    expect(response.json.code).toBe("BadRequestError");
  });

  it("lists templates including the default No Feedback one", async () => {
    const list = await api<Page<WireTemplate>>(
      sim,
      token,
      "/feedback_templates",
    );
    const names = list.json.data.map((t) => t.text);
    expect(names).toEqual(
      expect.arrayContaining(["No Feedback", templateBody.text]),
    );
  });

  it("deletes only templates created through the API", async () => {
    const extra = await api<One<WireTemplate>>(
      sim,
      token,
      "/feedback_templates",
      {
        method: "POST",
        body: templateBody,
      },
    );
    const seeded = [...sim.state.feedbackTemplates.values()].find(
      (t) => t.createdVia === "seed",
    );
    const deleted = await api(
      sim,
      token,
      `/feedback_templates/${extra.json.data.id}`,
      {
        method: "DELETE",
      },
    );
    const refused = await api(sim, token, `/feedback_templates/${seeded?.id}`, {
      method: "DELETE",
    });
    const gone = await api(
      sim,
      token,
      `/feedback_templates/${extra.json.data.id}`,
    );

    expect(deleted.status).toBe(204);
    expect(refused.status).toBe(403);
    expect(gone.status).toBe(404);
  });
});

describe("feedback on an opportunity", () => {
  const post = (query: string, body: unknown) =>
    api<One<WireFeedback>>(
      sim,
      token,
      `/opportunities/${opportunityId}/feedback${query}`,
      {
        method: "POST",
        body,
      },
    );
  const validBody = () => ({
    baseTemplateId: template.id,
    completedAt: 1_700_000_000_000,
    fieldValues: [
      { id: fieldId("score-system"), value: "3 - Hire" },
      { id: fieldId("text"), value: "B2" },
    ],
  });

  it.each<[string, () => [string, unknown]]>([
    ["no perform_as", () => ["", validBody()]],
    ["an unknown perform_as", () => ["?perform_as=nobody", validBody()]],
    [
      "a deactivated perform_as",
      () => [`?perform_as=${deactivatedId()}`, validBody()],
    ],
    [
      "an unknown template",
      () => [asAdmin(), { ...validBody(), baseTemplateId: "x" }],
    ],
    [
      "a field id from elsewhere",
      () => [
        asAdmin(),
        withValues([
          { id: fieldId("score-system"), value: "3 - Hire" },
          { id: "not-a-field", value: "B2" },
        ]),
      ],
    ],
    [
      "a rating that is not an option",
      () => [
        asAdmin(),
        withValues([{ id: fieldId("score-system"), value: "3 - hire" }]),
      ],
    ],
    [
      "no rating at all",
      () => [asAdmin(), withValues([{ id: fieldId("text"), value: "B2" }])],
    ],
    [
      "a number in a text field",
      () => [
        asAdmin(),
        withValues([
          { id: fieldId("score-system"), value: "3 - Hire" },
          { id: fieldId("text"), value: 42 },
        ]),
      ],
    ],
  ])("refuses %s with Lever's generic 400", async (_, make) => {
    const [query, body] = make();
    const response = await post(query, body);

    expect(response.status).toBe(400);
    expect(response.json).toEqual({
      code: "BadRequestError",
      message: "Unable to create feedback",
    });
  });

  it("creates feedback, then lists, reads and updates it", async () => {
    const created = await post(asAdmin(), validBody());
    const id = created.json.data.id;
    const base = `/opportunities/${opportunityId}/feedback`;
    const list = await api<Page<WireFeedback>>(sim, token, base);
    const updated = await api<One<WireFeedback>>(
      sim,
      token,
      `${base}/${id}${asAdmin()}`,
      {
        method: "PUT",
        body: {
          fieldValues: [
            { id: fieldId("score-system"), value: "4 - Strong Hire" },
          ],
        },
      },
    );
    const read = await api<One<WireFeedback>>(sim, token, `${base}/${id}`);
    const rating = read.json.data.fields.find((f) => f.type === "score-system");
    const level = read.json.data.fields.find((f) => f.type === "text");

    expect(created.status).toBe(201);
    expect(created.json.data).toMatchObject({
      baseTemplateId: template.id,
      user: superAdminId(sim),
      completedAt: 1_700_000_000_000,
    });
    expect(list.json.data.map((f) => f.id)).toContain(id);
    expect(updated.status).toBe(200);
    expect(rating?.value).toBe("4 - Strong Hire");
    expect(level?.value).toBe("B2");
  });
});

describe("notes and tags", () => {
  it("creates a note and lists it", async () => {
    const base = `/opportunities/${opportunityId}/notes`;
    const created = await api<One<{ noteId: string }>>(sim, token, base, {
      method: "POST",
      body: { value: "Assessment sent" },
    });
    const list = await api<Page<{ id: string; fields: { value: string }[] }>>(
      sim,
      token,
      base,
    );
    const empty = await api(sim, token, base, { method: "POST", body: {} });

    expect(created.status).toBe(201);
    expect(Object.keys(created.json.data)).toEqual(["noteId"]);
    expect(
      list.json.data.find((n) => n.id === created.json.data.noteId)?.fields[0]
        ?.value,
    ).toBe("Assessment sent");
    expect(empty.status).toBe(400);
  });

  it("adds and removes tags and returns the opportunity", async () => {
    const base = `/opportunities/${opportunityId}`;
    const added = await api<One<WireOpportunity>>(
      sim,
      token,
      `${base}/addTags`,
      {
        method: "POST",
        body: { tags: ["Hallo: B2", "Assessment: passed"] },
      },
    );
    const removed = await api<One<WireOpportunity>>(
      sim,
      token,
      `${base}/removeTags`,
      {
        method: "POST",
        body: { tags: ["Assessment: passed"] },
      },
    );
    const writes = await admin<{ tagChanges: { action: string }[] }>(
      sim,
      "/writes",
    );

    expect(added.json.data.tags).toEqual(
      expect.arrayContaining(["Hallo: B2", "Assessment: passed"]),
    );
    expect(removed.json.data.tags).toContain("Hallo: B2");
    expect(removed.json.data.tags).not.toContain("Assessment: passed");
    expect(writes.json.tagChanges.map((t) => t.action)).toEqual([
      "add",
      "remove",
    ]);
  });

  it("refuses malformed JSON with a 400 error body", async () => {
    const response = await fetch(
      `${sim.url}/v1/opportunities/${opportunityId}/addTags`,
      {
        method: "POST",
        headers: {
          authorization: `Bearer ${token}`,
          "content-type": "application/json",
        },
        body: "{tags:",
      },
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "BadRequestError" });
  });
});

function asAdmin() {
  return `?perform_as=${superAdminId(sim)}`;
}

function deactivatedId() {
  return sim.state.users.find((u) => u.deactivatedAt !== null)?.id ?? "";
}

function withValues(fieldValues: { id: string; value: unknown }[]) {
  return { baseTemplateId: template.id, fieldValues };
}
