import { expect, expectAccessible, test } from "./fixtures";
import { newAccount, PASSWORD } from "./pages/auth-pages";

test("a new customer signs up and lands on their organization's overview", async ({
  page,
  signUp,
}) => {
  const account = newAccount();

  await signUp.open();
  await expectAccessible(page);
  await signUp.submit(account);

  await expect(page).toHaveURL(/\/overview$/);
  await expect(
    page.getByRole("heading", { name: account.organizationName }),
  ).toBeVisible();
  await expect(page.getByText("1 owner · 0 admins · 0 members")).toBeVisible();
  await expectAccessible(page);
});

test("an owner signs out and signs back in", async ({
  page,
  owner,
  dashboard,
  signIn,
}) => {
  await dashboard.signOut();
  await expectAccessible(page);

  await signIn.submit(owner.email, owner.password);

  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByText(owner.organizationName).first()).toBeVisible();
});

test("a wrong password gets a clear message and keeps the email", async ({
  page,
  owner,
  dashboard,
  signIn,
}) => {
  await dashboard.signOut();

  await signIn.submit(owner.email, "not-the-right-password");

  await expect(signIn.alert).toHaveText("The email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(owner.email);
  await expect(page).toHaveURL(/\/sign-in/);
});

test("signing up twice with one email is refused on the email field", async ({
  page,
  owner,
  dashboard,
  signUp,
}) => {
  await dashboard.signOut();
  await signUp.open();

  await signUp.submit({ ...newAccount(), email: owner.email });

  await expect(
    page.getByText(/account with this email already exists/),
  ).toBeVisible();
  await expect(page.getByLabel("Work email")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
});

test("a weak password is refused with the reason", async ({ page, signUp }) => {
  await signUp.open();

  await signUp.submit({ ...newAccount(), password: "password123" });

  await expect(page.getByText(/too easy to guess/)).toBeVisible();
  await expect(page).toHaveURL(/\/sign-up$/);
});

test("repeated failures pause sign-in for the account", async ({
  page,
  signIn,
}) => {
  const email = newAccount("throttled").email;
  await signIn.open();

  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await signIn.submitExpectingRefusal(email, `wrong-password-${attempt}`);
    await expect(signIn.alert).toHaveText(
      "The email or password is incorrect.",
    );
  }
  await signIn.submit(email, PASSWORD);

  await expect(signIn.alert).toContainText("Too many failed sign-in attempts");
  await expect(signIn.alert).toContainText("try again in 15 minutes");
  await expect(page).toHaveURL(/\/sign-in/);
});
