import { expect, type Browser, type Page } from "@playwright/test";

import { PASSWORD } from "./auth-pages";

export class MembersPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/members");
    await expect(
      this.page.getByRole("heading", { name: "Members", level: 1 }),
    ).toBeVisible();
  }

  get inviteButton() {
    return this.page.getByRole("button", { name: "Invite member" });
  }

  /** Opens the invite dialog and fills it, without submitting. */
  async startInvite(email: string) {
    await this.inviteButton.click();
    await this.page.getByRole("dialog").getByLabel("Email").fill(email);
  }

  async submitInvite() {
    await this.page
      .getByRole("button", { name: "Create invitation link" })
      .click();
  }

  /** Invites someone as a member and returns the link shown once. */
  async invite(email: string): Promise<string> {
    await this.startInvite(email);
    await this.submitInvite();
    const link = this.page.getByLabel("Invitation link");
    await expect(link).toHaveValue(/\/join\//);
    const value = await link.inputValue();
    await this.page.keyboard.press("Escape");
    return value;
  }

  roleOf(name: string) {
    return this.page.getByRole("combobox", { name: `Role of ${name}` });
  }

  async changeRole(name: string, role: "Owner" | "Admin" | "Member") {
    await this.roleOf(name).click();
    await this.page.getByRole("option", { name: role }).click();
  }

  row(text: string) {
    return this.page.getByRole("row").filter({ hasText: text });
  }
}

/** Opens an invitation link in a new browser context and joins with it. */
export async function joinWithLink(
  browser: Browser,
  link: string,
  name: string,
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page).toHaveURL(/\/overview$/);
  return { context, page };
}
