import { expect, type Page } from "@playwright/test";

type SpeakingTask = {
  kind: "Speaking";
  prompt: string;
  preparationSeconds: string;
  maxAnswerSeconds: string;
};

type WritingTask = {
  kind: "Writing";
  prompt: string;
  minWords: string;
  maxWords: string;
  timeLimitSeconds: string;
};

export type TaskDetails = SpeakingTask | WritingTask;

export class AssessmentsPage {
  constructor(private readonly page: Page) {}

  async open(options: { archived?: boolean } = {}) {
    await this.page.goto(
      options.archived ? "/assessments?archived=show" : "/assessments",
    );
    await expect(
      this.page.getByRole("heading", { name: "Assessments", level: 1 }),
    ).toBeVisible();
  }

  row(name: string) {
    return this.page.getByRole("row").filter({
      has: this.page.getByRole("link", { name, exact: true }),
    });
  }

  get newButton() {
    return this.page.getByRole("link", { name: "New assessment" });
  }

  /** The card of task `number` (counting from 1) in the form. */
  task(number: number) {
    return this.page.getByRole("listitem").filter({
      has: this.page.getByRole("heading", { name: `Task ${number}` }),
    });
  }

  async startNew(name: string) {
    await this.newButton.click();
    await expect(
      this.page.getByRole("heading", { name: "New assessment" }),
    ).toBeVisible();
    await this.page.getByLabel("Name", { exact: true }).fill(name);
  }

  async fillTask(number: number, details: TaskDetails) {
    const task = this.task(number);
    await task.getByText(details.kind, { exact: true }).click();
    await task.getByRole("textbox").fill(details.prompt);
    const numbers =
      details.kind === "Speaking"
        ? {
            "Preparation time (seconds)": details.preparationSeconds,
            "Maximum answer (seconds)": details.maxAnswerSeconds,
          }
        : {
            "Minimum words": details.minWords,
            "Maximum words": details.maxWords,
            "Time limit (seconds)": details.timeLimitSeconds,
          };
    for (const [label, value] of Object.entries(numbers)) {
      await task.getByLabel(label).fill(value);
    }
  }

  async addTask(kind: "speaking" | "writing") {
    await this.page.getByRole("button", { name: `Add ${kind} task` }).click();
  }

  async submit(label = "Create assessment") {
    await this.page.getByRole("button", { name: label }).click();
  }

  async archive() {
    await this.page
      .getByRole("button", { name: "Archive", exact: true })
      .click();
    await this.page
      .getByRole("alertdialog")
      .getByRole("button", { name: /archive/i })
      .click();
  }
}

/** Creates an assessment with one speaking task, for tests that need one. */
export async function createAssessment(page: Page, name: string) {
  const assessments = new AssessmentsPage(page);
  await assessments.open();
  await assessments.startNew(name);
  await assessments.fillTask(1, {
    kind: "Speaking",
    prompt:
      "A delivery driver calls because the loading dock is closed. Explain what to do.",
    preparationSeconds: "30",
    maxAnswerSeconds: "90",
  });
  await assessments.addTask("writing");
  await assessments.fillTask(2, {
    kind: "Writing",
    prompt:
      "Write to the warehouse manager: a pallet arrived damaged. Say what you saw and what you did.",
    minWords: "20",
    maxWords: "150",
    timeLimitSeconds: "600",
  });
  await assessments.submit();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
}
