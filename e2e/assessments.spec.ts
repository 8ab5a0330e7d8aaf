import { expect, expectAccessible, test } from "./fixtures";
import { alerts } from "./pages/alerts";
import type { AssessmentsPage } from "./pages/assessments-page";
import { newAccount } from "./pages/auth-pages";
import { joinWithLink } from "./pages/members-page";

const SPEAKING = {
  kind: "Speaking",
  prompt: "A guest's room key stopped working at midnight. Help them.",
  preparationSeconds: "20",
  maxAnswerSeconds: "75",
} as const;

const WRITING = {
  kind: "Writing",
  prompt: "Write a short apology email about a cancelled airport shuttle.",
  minWords: "60",
  maxWords: "120",
  timeLimitSeconds: "600",
} as const;

async function createAssessment(assessments: AssessmentsPage, name: string) {
  await assessments.open();
  await assessments.startNew(name);
  await assessments.fillTask(1, SPEAKING);
  await assessments.addTask("writing");
  await assessments.fillTask(2, WRITING);
  await assessments.submit();
}

test("an owner creates an assessment with a speaking and a writing task", async ({
  page,
  owner,
  assessments,
}) => {
  expect(owner.email).toBeTruthy();
  await assessments.open();
  await assessments.startNew("Night reception");
  await expectAccessible(page);

  await assessments.fillTask(1, SPEAKING);
  await assessments.addTask("writing");
  await assessments.fillTask(2, WRITING);
  await assessments.submit();

  await expect(
    page.getByRole("heading", { name: "Night reception", level: 1 }),
  ).toBeVisible();
  await expect(page.getByText(SPEAKING.prompt)).toBeVisible();
  await expect(page.getByText("60–120 words")).toBeVisible();
  await expectAccessible(page);
  await assessments.open();
  const row = assessments.row("Night reception");
  await expect(row).toContainText("British English");
  await expect(row).toContainText("1 speaking · 1 writing");
  await expectAccessible(page);
});

test("a too-short prompt is pointed out on its task", async ({
  page,
  owner,
  assessments,
}) => {
  expect(owner.email).toBeTruthy();
  await assessments.open();
  await assessments.startNew("Short prompts");

  await assessments.fillTask(1, { ...SPEAKING, prompt: "Hello" });
  await assessments.submit();

  await expect(alerts(page)).toHaveText(
    "Please correct the highlighted fields.",
  );
  const prompt = assessments.task(1).getByRole("textbox");
  await expect(prompt).toHaveAttribute("aria-invalid", "true");
  await expect(assessments.task(1)).toContainText("at least 10 characters");
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(
    "Short prompts",
  );
});

test("an owner duplicates an assessment and edits the copy", async ({
  page,
  owner,
  assessments,
}) => {
  expect(owner.email).toBeTruthy();
  await createAssessment(assessments, "Shuttle desk");

  await page.getByRole("button", { name: "Duplicate" }).click();

  await expect(page).toHaveURL(/\/assessments\/[0-9a-f-]+\/edit$/);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(
    "Copy of Shuttle desk",
  );
  await expect(assessments.task(2).getByRole("textbox")).toHaveValue(
    WRITING.prompt,
  );
  await assessments.submit("Save changes");
  await assessments.open();
  await expect(assessments.row("Copy of Shuttle desk")).toBeVisible();
  await expect(assessments.row("Shuttle desk")).toBeVisible();
});

test("an owner archives an assessment after confirming, and restores it", async ({
  page,
  owner,
  assessments,
}) => {
  expect(owner.email).toBeTruthy();
  await createAssessment(assessments, "Lost luggage");

  await assessments.archive();

  await expect(page.getByRole("button", { name: "Restore" })).toBeVisible();
  await assessments.open();
  await expect(assessments.row("Lost luggage")).toHaveCount(0);
  await assessments.open({ archived: true });
  await expect(assessments.row("Lost luggage")).toContainText("Archived");
  await assessments.row("Lost luggage").getByRole("link").click();
  await page.getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("button", { name: "Archive" })).toBeVisible();
});

test("a member reads assessments but sees no controls to change them", async ({
  browser,
  page,
  owner,
  members,
  assessments,
}) => {
  expect(owner.email).toBeTruthy();
  await createAssessment(assessments, "Concierge");
  await expect(page.getByRole("link", { name: "Edit" })).toBeVisible();
  await members.open();
  const link = await members.invite(newAccount("reader").email);
  const member = await joinWithLink(browser, link, "Rui Almeida");

  await member.page.goto("/assessments");
  await member.page.getByRole("link", { name: "Concierge" }).click();

  await expect(
    member.page.getByRole("heading", { name: "Concierge", level: 1 }),
  ).toBeVisible();
  await expect(member.page.getByText(SPEAKING.prompt)).toBeVisible();
  for (const name of ["Edit", "New assessment"]) {
    await expect(member.page.getByRole("link", { name })).toHaveCount(0);
  }
  for (const name of ["Duplicate", "Archive", "Restore"]) {
    await expect(member.page.getByRole("button", { name })).toHaveCount(0);
  }
  await member.context.close();
});
