import type { Page } from "@playwright/test";

import { testEnv } from "../lib/env";
import { expect, expectAccessible, test } from "./fixtures";
import { alerts } from "./pages/alerts";
import { newAccount, SignUpPage } from "./pages/auth-pages";
import { createAssessment } from "./pages/assessments-page";
import {
  closePostingInLever,
  IntegrationPage,
  moveCandidateInLever,
  revokeInLever,
  switchOnWebhooksInLever,
} from "./pages/integration-page";
import { CandidatePage } from "./pages/candidate-page";
import { joinWithLink, MembersPage } from "./pages/members-page";

const { LEVER_SIMULATOR_URL } = testEnv();

// One Lever account (the simulator's) can be live for one organization at a
// time, so these run in order on one organization and end disconnected.
test.describe.configure({ mode: "serial" });

const ASSESSMENT = "Warehouse floor English";

let admin: Page;
let integration: IntegrationPage;
let posting: string;
// The candidate invited below, followed through the assessment to Lever.
let invited: { id: string; name: string; link: string };

const WRITTEN_ANSWER =
  "Dear Ms Brandt, this morning a pallet of glass bottles arrived with a " +
  "broken corner. I took photos, moved it to the quarantine area and " +
  "informed the driver, who signed the damage report. Could you contact " +
  "the supplier about a replacement?";

test.beforeAll(async ({ browser }) => {
  admin = await (await browser.newContext()).newPage();
  const signUp = new SignUpPage(admin);
  await signUp.open();
  await signUp.submit(newAccount("lever-admin"));
  await expect(admin).toHaveURL(/\/overview$/);
  integration = new IntegrationPage(admin);
  await createAssessment(admin, ASSESSMENT);
});

test.afterAll(async () => admin.context().close());

test("an admin who presses Deny in Lever is told nothing was connected", async () => {
  await integration.open();

  await integration.connect("Deny");

  await expect(alerts(admin)).toContainText("Lever access was not granted");
  await expect(integration.connectButton).toBeVisible();
});

test("an admin connects Lever and sees the account and its postings", async () => {
  await integration.open();

  await integration.connect("Accept");

  await expect(admin.getByRole("status")).toHaveText("Lever is connected.");
  await expect(admin.getByText("Connected", { exact: true })).toBeVisible();
  await expect(admin.getByText("Local Lever simulator")).toBeVisible();
  await expect(admin.getByText(/\d+ open postings/)).toBeVisible();
  await expect(admin.getByText("3 of 3 registered in Lever")).toBeVisible();
  await expectAccessible(admin);
});

test("a member sees the connection but cannot change it", async ({
  browser,
}) => {
  const members = new MembersPage(admin);
  await members.open();
  const link = await members.invite(newAccount("lever-member").email);
  const { page: member } = await joinWithLink(browser, link, "Mika Laine");
  const memberView = new IntegrationPage(member);

  await memberView.open();

  await expect(member.getByText("Connected", { exact: true })).toBeVisible();
  await expect(
    member.getByRole("button", { name: /Connect|Disconnect/ }),
  ).toHaveCount(0);
  await member.context().close();
});

test("an admin adds a rule through the three pickers and sees it in the table", async () => {
  await integration.open();

  posting = await integration.pickFirstPosting();
  await integration.pick("Lever trigger stage", "Language Assessment");
  await integration.pick("Hallo assessment", new RegExp(ASSESSMENT));
  await integration.addRule();

  const row = integration.ruleRow(posting);
  await expect(row).toContainText("Language Assessment");
  await expect(row).toContainText(ASSESSMENT);
  await expect(row).toContainText("Enabled");
  await expectAccessible(admin);
});

test("the same posting, stage and assessment cannot be added twice", async () => {
  await integration.open();

  await integration.pickPosting(posting);
  await integration.pick("Lever trigger stage", "Language Assessment");
  await integration.pick("Hallo assessment", new RegExp(ASSESSMENT));
  await integration.addRule();

  await expect(admin.getByText(/already have a rule/).first()).toBeVisible();
  await expect(integration.ruleRow(posting)).toHaveCount(1);
});

test("an admin pauses and resumes a rule", async () => {
  await integration.open();
  const row = integration.ruleRow(posting);

  await row.getByRole("button", { name: /^Pause/ }).click();
  await expect(row).toContainText("Paused");
  await row.getByRole("button", { name: /^Resume/ }).click();

  await expect(row).toContainText("Enabled");
});

test("a candidate moved into the rule's stage in Lever is invited, with a timeline and an email in the outbox", async () => {
  // Four pages with an accessibility scan each, after the pipeline's jobs.
  test.setTimeout(90_000);
  await switchOnWebhooksInLever(LEVER_SIMULATOR_URL);

  const candidate = await moveCandidateInLever(
    LEVER_SIMULATOR_URL,
    posting,
    "Language Assessment",
  );

  // Lever's webhook, the processing job and the email job run on their
  // own; the list shows the invitation once they have.
  const row = admin
    .getByRole("table", { name: "Candidates" })
    .getByRole("row")
    .filter({ hasText: candidate.name });
  await expect(async () => {
    await admin.goto("/candidates");
    await expect(row).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(row).toContainText(ASSESSMENT);
  await expectAccessible(admin);

  await row.getByRole("link", { name: candidate.name }).click();
  await expect(
    admin.getByRole("heading", { name: candidate.name }),
  ).toBeVisible();
  const timeline = admin.getByRole("list", { name: "Timeline" });
  await expect(timeline).toContainText(
    "Invited by a rule on Language Assessment",
  );
  await expect(timeline).toContainText("the message is in the outbox");
  await expectAccessible(admin);

  await admin.goto("/outbox");
  await admin
    .getByRole("row")
    .filter({ hasText: candidate.name })
    .getByRole("link")
    .first()
    .click();
  const email = admin.frameLocator("iframe");
  await expect(email.getByText(ASSESSMENT, { exact: true })).toBeVisible();
  const link = await email.getByRole("link").first().getAttribute("href");
  expect(link).toMatch(/\/a\/[\w-]{43}$/);
  invited = { id: candidate.id, name: candidate.name, link: link! };
  await expectAccessible(admin, { frames: false });

  const candidatePage = await admin.context().newPage();
  await candidatePage.goto(new URL(link!).pathname);
  await expect(
    candidatePage.getByRole("heading", { name: ASSESSMENT }),
  ).toBeVisible();
  await expectAccessible(candidatePage);
  await candidatePage.close();
});

test("the candidate takes the assessment from the emailed link", async ({
  browser,
}) => {
  // A recording, a writing task and an accessibility scan per screen.
  test.setTimeout(120_000);
  const context = await browser.newContext({
    permissions: ["microphone", "camera"],
  });
  const candidate = new CandidatePage(await context.newPage());

  await candidate.open(invited.link);
  await expectAccessible(candidate.page);
  await candidate.consentAndStart();
  await candidate.expectDeviceCheck();
  await expectAccessible(candidate.page);
  await candidate.passDeviceCheck();
  await candidate.continueFromDeviceCheck();
  await candidate.expectTask("Answer out loud");
  await expectAccessible(candidate.page);
  await candidate.answerSpeaking();
  await candidate.expectTask("Write your answer");
  await expectAccessible(candidate.page);

  // A reload after the device check comes back to the task in progress.
  await candidate.page.reload();
  await candidate.passDeviceCheck();
  await candidate.continueFromDeviceCheck();
  await candidate.expectTask("Write your answer");
  await candidate.answerWriting(WRITTEN_ANSWER);
  await expectAccessible(candidate.page);
  await candidate.submit();
  await expectAccessible(candidate.page);

  await candidate.open(invited.link);
  await expect(
    candidate.page.getByRole("heading", {
      name: "This assessment has already been taken",
    }),
  ).toBeVisible();
  await context.close();
});

test("a reviewer scores the spoken answer, and Lever gets the feedback form with a report link that opens", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // The baseline scores the writing; the recording has no transcript, so
  // the result waits for a person.
  const waiting = admin.getByRole("row").filter({ hasText: invited.name });
  await expect(async () => {
    await admin.goto("/reviews");
    await expect(waiting).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  await waiting.getByRole("link").first().click();
  await expectAccessible(admin);

  await scoreEmptyTasks(admin);
  await admin.getByRole("button", { name: "Save final result" }).click();
  await expect(admin.getByRole("status")).toContainText("Saved as version");

  const board = await browser.newPage();
  const form = board.locator(".card").filter({
    hasText: "Hallo Language Assessment",
  });
  await expect(async () => {
    await board.goto(`${LEVER_SIMULATOR_URL}/candidates/${invited.id}`);
    await expect(form).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 45_000 });
  const reportLink = (
    await form
      .getByRole("row", { name: /Detailed report/ })
      .getByRole("cell")
      .innerText()
  ).trim();
  expect(reportLink).toMatch(/\/r\/[\w-]{43}$/);
  await board.close();

  // A Lever user follows the link, without a Hallo account.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(new URL(reportLink).pathname);
  await expect(reader.getByText(WRITTEN_ANSWER)).toBeVisible();
  await expect(
    reader.getByRole("img", { name: /Webcam snapshot/ }).first(),
  ).toBeVisible();
  await expectAccessible(reader);
  await reader.context().close();
});

test("another organization gets not found for each of this organization's objects", async ({
  browser,
}) => {
  const addresses = await objectAddresses(admin, invited.name);
  expect(addresses.length).toBeGreaterThanOrEqual(7);

  const intruder = await (await browser.newContext()).newPage();
  const signUp = new SignUpPage(intruder);
  await signUp.open();
  await signUp.submit(newAccount("intruder"));
  await expect(intruder).toHaveURL(/\/overview$/);

  for (const address of addresses) {
    const response = await intruder.request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(404);
  }
  await intruder.context().close();
});

test("a rule warns once its posting is closed in Lever", async () => {
  await closePostingInLever(LEVER_SIMULATOR_URL, posting);

  await integration.open();

  await expect(integration.ruleRow(posting)).toContainText(
    "is closed in Lever",
  );
});

test("an admin deletes a rule after confirming", async () => {
  await integration.open();

  await integration
    .ruleRow(posting)
    .getByRole("button", { name: /^Delete/ })
    .click();
  await admin
    .getByRole("alertdialog")
    .getByRole("button", { name: "Delete rule" })
    .click();

  await expect(integration.ruleRow(posting)).toHaveCount(0);
  await expect(admin.getByText("No assessment rules yet.")).toBeVisible();
});

test("a revoke in Lever shows the reconnect banner, and Reconnect restores", async () => {
  await revokeInLever(LEVER_SIMULATOR_URL);
  await integration.open();
  await expect(admin.getByText(/revoked or expired/).first()).toBeVisible();

  await admin.goto("/overview");
  await expect(integration.reconnectBanner).toBeVisible();
  await integration.reconnectBanner
    .getByRole("link", { name: "Reconnect" })
    .click();
  await integration.connect(
    "Accept",
    admin.getByRole("button", { name: "Reconnect" }),
  );

  await expect(admin.getByText("Connected", { exact: true })).toBeVisible();
  await admin.goto("/overview");
  await expect(integration.reconnectBanner).toHaveCount(0);
});

test("an admin disconnects and is told how to revoke in Lever", async () => {
  await integration.open();

  await integration.disconnect();

  const notice = admin.getByRole("status").filter({ hasText: "Disconnected" });
  await expect(notice).toContainText("Disconnected from Lever");
  await expect(notice).toContainText("Authorized Apps");
  await expect(integration.connectButton).toBeVisible();
});

/** Levels and scores for every task the scorer left to a person. */
async function scoreEmptyTasks(page: Page) {
  const tasks = page.getByRole("group", { name: /Your scores for task/ });
  for (let index = 0; index < (await tasks.count()); index++) {
    const task = tasks.nth(index);
    const level = task.getByLabel("Level", { exact: true });
    if ((await level.inputValue()) !== "") continue;
    await level.selectOption("B2");
    await task.getByLabel("Score", { exact: true }).fill("6.8");
  }
  const overall = page.getByLabel("Overall level");
  if ((await overall.inputValue()) === "") await overall.selectOption("B2");
  const score = page.getByLabel("Overall score");
  if ((await score.inputValue()) === "") await score.fill("6.8");
}

/**
 * The addresses of this organization's objects that take an id: the
 * candidate, their report, review and recording or snapshot, the email in
 * the outbox, and the assessment.
 */
async function objectAddresses(page: Page, candidateName: string) {
  await page.goto("/candidates");
  const candidate = await page
    .getByRole("link", { name: candidateName })
    .first()
    .getAttribute("href");
  const invitationId = candidate!.split("/").pop()!;

  await page.goto(`/reports/${invitationId}`);
  const media = await page
    .getByRole("img", { name: /Webcam snapshot/ })
    .first()
    .getAttribute("src");

  await page.goto("/outbox");
  const message = await page
    .getByRole("row")
    .filter({ hasText: candidateName })
    .getByRole("link")
    .first()
    .getAttribute("href");

  await page.goto("/assessments");
  const assessment = await page
    .getByRole("link", { name: ASSESSMENT, exact: true })
    .getAttribute("href");

  return [
    `/candidates/${invitationId}`,
    `/reports/${invitationId}`,
    `/reviews/${invitationId}`,
    media!,
    message!,
    assessment!,
    `${assessment}/edit`,
  ];
}
