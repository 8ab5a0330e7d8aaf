import { expect, type Page } from "@playwright/test";

/** The candidate's side: `/a/<token>` from consent to thank you. */
export class CandidatePage {
  constructor(readonly page: Page) {}

  async open(link: string) {
    await this.page.goto(new URL(link).pathname);
  }

  async consentAndStart() {
    await this.page.getByRole("checkbox", { name: /I agree/ }).check();
    await this.page
      .getByRole("button", { name: "Start the assessment" })
      .click();
  }

  async passDeviceCheck() {
    await expect(
      this.page.getByRole("heading", {
        name: "Check your microphone and camera",
      }),
    ).toBeVisible();
    await this.page
      .getByRole("button", { name: "Allow microphone and camera" })
      .click();
    await expect(this.page.getByLabel("Camera preview")).toBeVisible();
    await this.page
      .getByRole("button", { name: "My devices work, continue" })
      .click();
  }

  async answerSpeaking(seconds = 2) {
    await expect(
      this.page.getByRole("heading", { name: "Answer out loud" }),
    ).toBeVisible();
    await this.page
      .getByRole("button", { name: "Start recording now" })
      .click();
    await this.page.waitForTimeout(seconds * 1000);
    await this.page.getByRole("button", { name: "Stop recording" }).click();
    await expect(this.page.getByLabel("Your recording")).toBeVisible();
    await this.page
      .getByRole("button", { name: "Keep this answer and continue" })
      .click();
  }

  async answerWriting(text: string) {
    await expect(
      this.page.getByRole("heading", { name: "Write your answer" }),
    ).toBeVisible();
    await this.page.getByLabel(/Your answer/).fill(text);
    await this.page.getByRole("button", { name: "Save and continue" }).click();
  }

  async submit() {
    await this.page.getByRole("button", { name: "Submit my answers" }).click();
    await expect(
      this.page.getByRole("heading", { name: "Thank you" }),
    ).toBeVisible();
  }
}
