import { expect, type Page } from "@playwright/test";

import { alerts } from "./alerts";

export const PASSWORD = "violet-harbour-lantern-42";

export type Account = {
  organizationName: string;
  name: string;
  email: string;
  password: string;
};

export function newAccount(label = "owner"): Account {
  const id = Math.random().toString(36).slice(2, 10);
  return {
    organizationName: `Fjord Freight ${id}`,
    name: "Astrid Lund",
    email: `${label}-${id}@e2e.hallo.example`,
    password: PASSWORD,
  };
}

export class SignUpPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/sign-up");
  }

  async submit(account: Account) {
    await this.page
      .getByLabel("Organization name")
      .fill(account.organizationName);
    await this.page.getByLabel("Your name").fill(account.name);
    await this.page.getByLabel("Work email").fill(account.email);
    await this.page.getByLabel("Password").fill(account.password);
    await this.page
      .getByRole("button", { name: "Create organization" })
      .click();
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  async open(path = "/sign-in") {
    await this.page.goto(path);
    await expect(this.heading).toBeVisible();
  }

  get heading() {
    return this.page.getByRole("heading", { name: "Sign in" });
  }

  get alert() {
    return alerts(this.page);
  }

  async submit(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await Promise.all([
      this.page.waitForResponse((r) => r.request().method() === "POST"),
      this.page.getByRole("button", { name: "Sign in" }).click(),
    ]);
  }

  /** Submits and waits until the refused form has been reset. */
  async submitExpectingRefusal(email: string, password: string) {
    await this.submit(email, password);
    await expect(this.page.getByLabel("Password")).toHaveValue("");
  }
}

export class Dashboard {
  constructor(private readonly page: Page) {}

  async signOut() {
    await this.page.getByRole("button", { name: /Account menu/ }).click();
    await this.page.getByRole("menuitem", { name: "Sign out" }).click();
    await expect(this.page).toHaveURL(/\/sign-in/);
  }

  async goTo(section: "Overview" | "Members") {
    await this.page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: section })
      .click();
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }
}
