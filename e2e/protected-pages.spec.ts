import { expect, test } from "./fixtures";

test("a signed-out visitor is sent to sign-in and back to the page they wanted", async ({
  page,
  owner,
  dashboard,
  signIn,
}) => {
  await dashboard.signOut();

  await page.goto("/members");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmembers$/);
  await signIn.submit(owner.email, owner.password);

  await expect(page).toHaveURL(/\/members$/);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
});

test("the health endpoint answers without a session", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({
    status: "ok",
    database: { ok: true },
    queue: { ok: true },
  });
});

test("a sign-in link cannot send people off the site", async ({
  page,
  owner,
  dashboard,
  signIn,
}) => {
  await dashboard.signOut();

  await page.goto("/sign-in?callbackUrl=https://evil.example/");
  await signIn.submit(owner.email, owner.password);

  await expect(page).toHaveURL(/\/overview$/);
});
