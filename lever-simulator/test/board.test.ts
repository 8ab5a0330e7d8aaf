import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/start";
import {
  admin,
  api,
  connect,
  startReceiver,
  startTestSimulator,
} from "./helpers";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const postForm = (path: string, fields: Record<string, string>) =>
  fetch(`${sim.url}${path}`, {
    method: "POST",
    body: new URLSearchParams(fields),
    redirect: "manual",
  });

describe("board", () => {
  it("labels itself as the simulator and shows candidates by stage", async () => {
    const posting = sim.state.postings[0];
    const page = await (
      await fetch(`${sim.url}/?posting=${posting?.id}`)
    ).text();
    const candidate = [...sim.state.opportunities.values()].find(
      (o) => o.postingId === posting?.id,
    );

    expect(page).toContain("LOCAL LEVER SIMULATOR");
    expect(page).toContain("Language Assessment");
    expect(page).toContain(candidate?.name ?? "missing");
  });

  it("moves a candidate from a form and fires the webhook", async () => {
    const receiver = await startReceiver();
    const { access_token } = await connect(sim);
    await api(sim, access_token, "/webhooks", {
      method: "POST",
      body: { url: receiver.url, event: "candidateStageChange" },
    });
    const toggle = await postForm("/board/event-groups/candidateStageChange", {
      enabled: "true",
    });
    const target = [...sim.state.opportunities.values()][1];
    const moved = await postForm(`/board/opportunities/${target?.id}/stage`, {
      stage: "offer",
      back: `/candidates/${target?.id}`,
    });
    await sim.webhooksIdle();
    await receiver.close();

    expect(toggle.status).toBe(303);
    expect(moved.headers.get("location")).toBe(`/candidates/${target?.id}`);
    expect(target?.stageId).toBe("offer");
    expect(receiver.received[0]?.body.data.toStageId).toBe("offer");
  });

  it("shows feedback, notes and tags on the candidate page", async () => {
    const { access_token } = await connect(sim);
    const target = [...sim.state.opportunities.values()][7];
    await api(sim, access_token, `/opportunities/${target?.id}/notes`, {
      method: "POST",
      body: { value: "Invited to the Hallo assessment" },
    });
    await api(sim, access_token, `/opportunities/${target?.id}/addTags`, {
      method: "POST",
      body: { tags: ["Hallo: C1"] },
    });
    const page = await (
      await fetch(`${sim.url}/candidates/${target?.id}`)
    ).text();

    expect(page).toContain("Invited to the Hallo assessment");
    expect(page).toContain("Hallo: C1");
  });

  it("archives from a form and the admin API sees it", async () => {
    const target = [...sim.state.opportunities.values()].find(
      (o) => !o.archived,
    );
    await postForm(`/board/opportunities/${target?.id}/archive`, { back: "/" });
    const seed = await admin<{
      opportunities: { id: string; archived: boolean }[];
    }>(sim, "/seed");
    expect(
      seed.json.opportunities.find((o) => o.id === target?.id)?.archived,
    ).toBe(true);
  });
});
