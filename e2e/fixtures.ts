import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

import {
  Dashboard,
  newAccount,
  SignInPage,
  SignUpPage,
  type Account,
} from "./pages/auth-pages";
import { AssessmentsPage } from "./pages/assessments-page";
import { MembersPage } from "./pages/members-page";

type Fixtures = {
  signIn: SignInPage;
  signUp: SignUpPage;
  dashboard: Dashboard;
  members: MembersPage;
  assessments: AssessmentsPage;
  /** A fresh organization whose owner is signed in on `page`. */
  owner: Account;
};

export const test = base.extend<Fixtures>({
  signIn: async ({ page }, use) => use(new SignInPage(page)),
  signUp: async ({ page }, use) => use(new SignUpPage(page)),
  dashboard: async ({ page }, use) => use(new Dashboard(page)),
  members: async ({ page }, use) => use(new MembersPage(page)),
  assessments: async ({ page }, use) => use(new AssessmentsPage(page)),
  owner: async ({ page, signUp }, use) => {
    const account = newAccount();
    await signUp.open();
    await signUp.submit(account);
    await expect(page).toHaveURL(/\/overview$/);
    await use(account);
  },
});

export { expect };

/**
 * Fails on serious or critical axe findings on the current page. Pages
 * that show a sandboxed frame (an email preview runs no scripts) are
 * checked without their frames: axe would wait a minute for an answer.
 */
export async function expectAccessible(
  page: Page,
  options: { frames?: boolean } = {},
) {
  const builder = new AxeBuilder({ page });
  if (options.frames === false)
    builder.exclude("iframe").options({ iframes: false });
  const results = await builder.analyze();
  const serious = results.violations.filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
  ).toEqual([]);
}
