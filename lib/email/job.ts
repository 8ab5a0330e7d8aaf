import { randomUUID } from "node:crypto";

import { z } from "zod";

export const EMAIL_QUEUE = "email.send";

export const emailJobSchema = z.object({
  organizationId: z.uuid(),
  invitationId: z.uuid(),
  kind: z.enum(["invitation", "reminder"]),
  /** One per message meant; a retried job with the same key sends nothing new. */
  sendKey: z.string().min(1).max(200),
});

export type EmailJob = z.infer<typeof emailJobSchema>;

/** The same message as a new job, for the Retry button on the timeline. */
export function retryJob(job: EmailJob) {
  return {
    queue: EMAIL_QUEUE,
    data: {
      ...job,
      sendKey: `${job.kind}:${job.invitationId}:${randomUUID()}`,
    },
  };
}

/** Timeline steps read "email.sent" for invitations, "reminder.sent" else. */
export function stepName(job: EmailJob, what: string): string {
  return `${job.kind === "invitation" ? "email" : "reminder"}.${what}`;
}
