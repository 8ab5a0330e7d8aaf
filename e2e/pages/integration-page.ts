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
