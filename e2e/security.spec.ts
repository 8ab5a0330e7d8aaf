import {
  request as playwrightRequest,
  type APIResponse,
} from "@playwright/test";

import { testEnv } from "../lib/env";
import { expect, expectAccessible, test } from "./fixtures";
import { listAppRoutes } from "./support/app-routes";

const { E2E_BASE_URL } = testEnv();

// What a visitor without a session may reach. The sign-up and join pages
// are the doors into an account; the rest is what the product hands out:
// the webhook endpoint, candidate links and report links.
const PUBLIC = [
  /^\/sign-in$/,
  /^\/sign-up$/,
  /^\/join\//,
  /^\/a\//,
  /^\/r\//,
  /^\/api\/a\//,
  /^\/api\/auth\//,
  /^\/api\/webhooks\//,
  /^\/api\/health$/,
];

const isPublic = (path: string) => PUBLIC.some((rule) => rule.test(path));

function sentToSignIn(response: APIResponse): boolean {
  const location = response.headers()["location"] ?? "";
  return (
    response.status() >= 300 &&
    response.status() < 400 &&
    new URL(location, E2E_BASE_URL).pathname === "/sign-in"
  );
}

function expectSecurityHeaders(response: APIResponse, path: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], path).toContain(
    "frame-ancestors 'none'",
  );
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  expect(headers["referrer-policy"], path).toBeTruthy();
  // The browser suite runs the production build, which sends HSTS.
  expect(headers["strict-transport-security"], path).toContain("max-age=");
}

test("a visitor without a session reaches nothing but sign-in, webhooks, candidate links and report links", async () => {
  const routes = listAppRoutes();
  expect(routes.length).toBeGreaterThan(20);
  const visitor = await playwrightRequest.newContext({
    baseURL: E2E_BASE_URL,
  });

  const problems: string[] = [];
  for (const route of routes) {
    for (const method of route.methods) {
      const response = await visitor.fetch(route.path, {
        method,
        maxRedirects: 0,
        ...(method === "GET" ? {} : { data: {} }),
      });
      const status = response.status();
      const label = `${method} ${route.path} -> ${status}`;

      if (status >= 500) problems.push(`${label} (server error)`);
      else if (isPublic(route.path)) continue;
      else if (status < 300 || (status < 400 && !sentToSignIn(response)))
        problems.push(`${label} (reachable without a session)`);
    }
  }
  await visitor.dispose();

  expect(problems).toEqual([]);
});

test("every public page sends the security headers, and private links are not indexable", async () => {
  const visitor = await playwrightRequest.newContext({
    baseURL: E2E_BASE_URL,
  });
  const pages = listAppRoutes().filter(
    (route) => route.kind === "page" && isPublic(route.path),
  );

  for (const { path } of pages) {
    const response = await visitor.get(path, { maxRedirects: 0 });
    expectSecurityHeaders(response, path);

    if (/^\/(a|r)\//.test(path)) {
      const html = await response.text();
      const robots = response.headers()["x-robots-tag"] ?? "";
      expect(
        robots.includes("noindex") ||
          /<meta name="robots" content="noindex/.test(html),
        `${path} is indexable`,
      ).toBe(true);
    }
  }
  await visitor.dispose();
});

test("every dashboard page sends the security headers", async ({
  page,
  owner,
}) => {
  expect(owner.email).toBeTruthy();
  const pages = listAppRoutes().filter(
    (route) =>
      route.kind === "page" &&
      !isPublic(route.path) &&
      !route.path.includes("00000000-"),
  );

  for (const { path } of pages) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response, path);
  }
});

test("every dashboard page has no serious accessibility findings", async ({
  page,
  owner,
}) => {
  test.setTimeout(90_000);
  expect(owner.email).toBeTruthy();
  const pages = listAppRoutes().filter(
    (route) =>
      route.kind === "page" &&
      !isPublic(route.path) &&
      !route.path.includes("00000000-") &&
      route.path !== "/",
  );

  for (const { path } of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(page);
  }
});
