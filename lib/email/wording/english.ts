import type { Wording } from "@/lib/email/copy";

export const english: Wording = (input) => {
  const { organization, expires } = input;
  const reminder = input.kind === "reminder";

  return {
    subject: reminder
      ? `Reminder: your ${organization} language assessment link expires soon`
      : `${organization} invites you to a language assessment`,
    preview: reminder
      ? `Your link expires on ${expires}.`
      : `${input.assessment}: about ${input.duration}, online.`,
    heading: reminder ? "Your link expires soon" : "Your language assessment",
    greeting: input.candidateName ? `Hello ${input.candidateName},` : "Hello,",
    intro: reminder
      ? `A quick reminder: your language assessment for ${organization} is still waiting, and your personal link expires on ${expires}. It takes about ${input.duration}, so there is still time.`
      : `${organization} would like you to take a language assessment as part of your application. It runs in your browser, and you can start whenever it suits you before the link expires.`,
    details: [
      { label: "Assessment", value: input.assessment },
      { label: "Language", value: input.language },
      { label: "Time needed", value: `About ${input.duration}` },
      { label: "Link valid until", value: expires },
    ],
    notes: [
      input.recordsAudio
        ? "During the assessment we record your spoken answers and take occasional webcam snapshots. Please use a device with a microphone and a camera, and allow access when your browser asks."
        : "During the assessment we take occasional webcam snapshots. Please use a device with a camera, and allow access when your browser asks.",
      "Find a quiet place and set aside enough time to finish in one sitting.",
    ],
    action: "Start the assessment",
    fallback: "If the button does not work, copy this link into your browser:",
    footer: `${organization} sent you this invitation through Hallo. The link is personal, so please do not share it.`,
  };
};
