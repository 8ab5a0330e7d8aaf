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

  async expectDeviceCheck() {
    await expect(
      this.page.getByRole("heading", {
        name: "Check your microphone and camera",
      }),
    ).toBeVisible();
  }

  /** Allows the (fake) devices and waits until both show they work. */
  async passDeviceCheck() {
    await this.expectDeviceCheck();
    await this.page
      .getByRole("button", { name: "Allow microphone and camera" })
      .click();
    await expect(this.page.getByLabel("Camera preview")).toBeVisible();
  }

  async continueFromDeviceCheck() {
    await this.page
      .getByRole("button", { name: "My devices work, continue" })
      .click();
  }

  /** The task's heading is on screen and has the focus. */
  async expectTask(heading: string) {
    const title = this.page.getByRole("heading", { name: heading });
    await expect(title).toBeVisible();
    await expect(title).toBeFocused();
  }

  async answerSpeaking(seconds = 2) {
    await expect(
      this.page.getByRole("heading", { name: "Answer out loud" }),
    ).toBeVisible();
    await this.page
      .getByRole("button", { name: "Start recording now" })
      .click();
    const stop = this.page.getByRole("button", { name: "Stop recording" });
    await expect(stop).toBeVisible();
    await this.page.waitForTimeout(seconds * 1000);
    await stop.click();
    await expect(this.page.getByLabel("Your recording")).toBeVisible();
    await this.page
      .getByRole("button", { name: "Keep this answer and continue" })
      .click();
  }

  async answerWriting(text: string) {
    await expect(
      this.page.getByRole("heading", { name: "Write your answer" }),
    ).toBeVisible();
    const answer = this.page.getByLabel(/Your answer/);
    await answer.fill(text);
    const words = text.trim().split(/\s+/).length;
    await expect(this.page.getByText(`${words} words`)).toBeVisible();
    await this.page.getByRole("button", { name: "Save and continue" }).click();
  }

  async submit() {
    await expect(
      this.page.getByRole("heading", { name: "All tasks are done" }),
    ).toBeVisible();
    await this.page.getByRole("button", { name: "Submit my answers" }).click();
    await expect(
      this.page.getByRole("heading", { name: "Thank you" }),
    ).toBeVisible();
  }
}
