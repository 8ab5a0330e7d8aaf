import type PgBoss from "pg-boss";
import { z } from "zod";

import { sendEmailJob } from "@/lib/email/send";
import { postFeedback } from "@/lib/feedback/post";
import { sweepInvitations } from "@/lib/invitations/sweep";
import { purgeExpired } from "@/lib/jobs/maintenance";
import type { QueueName } from "@/lib/jobs/queues";
import { scoreAttempt } from "@/lib/results/score-attempt";
import { giveUpScoring, scoreJobSchema } from "@/lib/results/scoring-job";
import { runBackfill } from "@/lib/rules/backfill";
import { giveUpDelivery, processDelivery } from "@/lib/webhooks/process";

export type Job = PgBoss.JobWithMetadata<unknown>;

export type QueueHandler = {
  name: QueueName;
  /** Cron expression, when the queue runs on a schedule. */
  cron?: string;
  /** Jobs fetched per poll, and how many of them run at once. */
  batchSize?: number;
  parallel?: number;
  handle: (job: Job) => Promise<void>;
};

const backfillJob = z.object({ backfillId: z.uuid() });
const deliveryJob = z.object({ deliveryId: z.uuid() });
const feedbackJob = z.object({ invitationId: z.uuid() });

/** Whether this was the job's last try before pg-boss gives up on it. */
export const isLastTry = (job: Job) => job.retryCount >= job.retryLimit;

/** Every queue the worker works, with its handler. */
export const HANDLERS: QueueHandler[] = [
  {
    name: "maintenance.purge-expired",
    cron: "17 * * * *",
    handle: async () => {
      await purgeExpired();
    },
  },
  {
    name: "rules.backfill",
    handle: async (job) => {
      await runBackfill(backfillJob.parse(job.data).backfillId);
    },
  },
  {
    name: "deliveries.process",
    batchSize: 20,
    parallel: 8,
    handle: async (job) => {
      const { deliveryId } = deliveryJob.parse(job.data);
      try {
        await processDelivery(deliveryId);
      } catch (error) {
        if (isLastTry(job)) await giveUpDelivery(deliveryId, error);
        throw error;
      }
    },
  },
  {
    name: "email.send",
    batchSize: 10,
    parallel: 4,
    handle: (job) => sendEmailJob(job.data),
  },
  {
    name: "attempts.score",
    parallel: 2,
    handle: async (job) => {
      const data = scoreJobSchema.parse(job.data);
      try {
        await scoreAttempt(data.attemptId, undefined, data);
      } catch (error) {
        if (isLastTry(job)) await giveUpScoring(data, error);
        throw error;
      }
    },
  },
  {
    name: "feedback.post",
    // Lever allows about 10 calls a second per account; a few at once
    // keep the account's token bucket busy without a queue of 429s.
    batchSize: 10,
    parallel: 4,
    handle: async (job) => {
      const { invitationId } = feedbackJob.parse(job.data);
      await postFeedback(invitationId, { lastTry: isLastTry(job) });
    },
  },
  {
    name: "invitations.sweep",
    cron: "*/5 * * * *",
    handle: async () => {
      await sweepInvitations();
    },
  },
];
