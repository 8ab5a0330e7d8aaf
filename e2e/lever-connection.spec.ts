import type { Browser, Page } from "@playwright/test";

import { testEnv } from "../lib/env";
import { expect, expectAccessible, test } from "./fixtures";
import { alerts } from "./pages/alerts";
import { newAccount, PASSWORD, SignUpPage } from "./pages/auth-pages";
import { IntegrationPage, revokeInLever } from "./pages/integration-page";
import { MembersPage } from "./pages/members-page";

const { LEVER_SIMULATOR_URL } = testEnv();

// One Lever account (the simulator's) can be live for one organization at a
// time, so these run in order on one organization and end disconnected.
test.describe.configure({ mode: "serial" });

let admin: Page;
let integration: IntegrationPage;

test.beforeAll(async ({ browser }) => {
  admin = await (await browser.newContext()).newPage();
  const signUp = new SignUpPage(admin);
  await signUp.open();
  await signUp.submit(newAccount("lever-admin"));
  await expect(admin).toHaveURL(/\/overview$/);
  integration = new IntegrationPage(admin);
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
  const member = await joinAs(browser, link);
  const memberView = new IntegrationPage(member);

  await memberView.open();

  await expect(member.getByText("Connected", { exact: true })).toBeVisible();
  await expect(
    member.getByRole("button", { name: /Connect|Disconnect/ }),
  ).toHaveCount(0);
  await member.context().close();
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

async function joinAs(browser: Browser, link: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill("Mika Laine");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  return page;
}
