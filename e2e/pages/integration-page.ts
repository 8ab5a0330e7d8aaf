import { expect, type Page } from "@playwright/test";

export class IntegrationPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/development/integration-partners");
    await expect(
      this.page.getByRole("heading", { name: "Connect to Lever" }),
    ).toBeVisible();
  }

  get connectButton() {
    return this.page.getByRole("button", { name: "Connect", exact: true });
  }

  get reconnectBanner() {
    return this.page
      .getByRole("status")
      .filter({ hasText: "Lever access was revoked or expired" });
  }

  /** Goes through Lever's consent screen and answers it. */
  async connect(decision: "Accept" | "Deny", button = this.connectButton) {
    await button.click();
    await expect(
      this.page.getByRole("button", { name: "Accept" }),
    ).toBeVisible();
    await this.page.getByRole("button", { name: decision }).click();
    await expect(this.page).toHaveURL(/\/development\/integration-partners\?/);
  }

  /** Chooses the first real posting in the Job Posting picker. */
  async pickFirstPosting(): Promise<string> {
    await this.page.getByRole("combobox", { name: "Job Posting" }).click();
    const option = this.page.getByRole("option").nth(1);
    await expect(option).toBeVisible();
    const name =
      (await option.locator("span > span").first().textContent()) ?? "";
    await option.click();
    return name.trim();
  }

  async pickPosting(name: string) {
    await this.page.getByRole("combobox", { name: "Job Posting" }).click();
    await this.page.getByPlaceholder("Search postings…").fill(name);
    await this.page.getByRole("option", { name }).first().click();
  }

  async pick(label: string, option: string | RegExp) {
    await this.page.getByRole("combobox", { name: label }).click();
    await this.page.getByRole("option", { name: option }).click();
  }

  async addRule() {
    await this.page
      .getByRole("button", { name: "Add Assessment Rule" })
      .click();
  }

  ruleRow(posting: string) {
    return this.page
      .getByRole("table", { name: "Assessment rules" })
      .getByRole("row")
      .filter({ hasText: posting });
  }

  async disconnect() {
    await this.page.getByRole("button", { name: "Disconnect" }).click();
    await this.page
      .getByRole("alertdialog")
      .getByRole("button", { name: "Disconnect" })
      .click();
    await expect(this.page).toHaveURL(/disconnected=/);
  }
}

/** The simulator's admin API, standing in for a Lever admin's actions. */
export async function revokeInLever(simulatorUrl: string) {
  const response = await fetch(`${simulatorUrl}/_admin/revoke`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  });
  expect(response.ok).toBe(true);
}

export async function closePostingInLever(simulatorUrl: string, name: string) {
  const seed = (await (await fetch(`${simulatorUrl}/_admin/seed`)).json()) as {
    postings: { id: string; text: string }[];
  };
  const posting = seed.postings.find((p) => p.text === name);
  expect(posting).toBeTruthy();
  const response = await fetch(
    `${simulatorUrl}/_admin/postings/${posting?.id}/state`,
    {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ state: "closed" }),
    },
  );
  expect(response.ok).toBe(true);
}

type Seed = {
  postings: { id: string; text: string }[];
  stages: { id: string; text: string }[];
  opportunities: {
    id: string;
    name: string;
    postingId: string;
    stageId: string;
    archived: boolean;
  }[];
};

async function admin(
  simulatorUrl: string,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await fetch(`${simulatorUrl}/_admin${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return response.json() as Promise<unknown>;
}

/** What a Lever Super Admin does on the webhooks settings page. */
export async function switchOnWebhooksInLever(simulatorUrl: string) {
  for (const event of [
    "candidateStageChange",
    "candidateArchiveChange",
    "candidateDeleted",
  ]) {
    await admin(simulatorUrl, "PUT", `/event-groups/${event}`, {
      enabled: true,
    });
  }
}

/** A recruiter moves an active candidate of the posting into the stage. */
export async function moveCandidateInLever(
  simulatorUrl: string,
  postingName: string,
  stageName: string,
) {
  const seed = (await admin(simulatorUrl, "GET", "/seed")) as Seed;
  const posting = seed.postings.find((p) => p.text === postingName);
  const stage = seed.stages.find((s) => s.text === stageName);
  const candidate = seed.opportunities.find(
    (o) =>
      o.postingId === posting?.id && !o.archived && o.stageId !== stage?.id,
  );
  expect(candidate, `an active candidate on ${postingName}`).toBeTruthy();
  await admin(simulatorUrl, "POST", `/opportunities/${candidate!.id}/stage`, {
    stage: stage!.id,
  });
  return candidate!;
}
