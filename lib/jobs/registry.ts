import type PgBoss from "pg-boss";
import { z } from "zod";

import { purgeExpired } from "@/lib/jobs/maintenance";
import type { QueueName } from "@/lib/jobs/queues";
import { runBackfill } from "@/lib/rules/backfill";

export type QueueHandler = {
  name: QueueName;
  /** Cron expression, when the queue runs on a schedule. */
  cron?: string;
  handle: (jobs: PgBoss.Job<unknown>[]) => Promise<void>;
};

const backfillJob = z.object({ backfillId: z.uuid() });

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
    handle: async (jobs) => {
      for (const job of jobs) {
        await runBackfill(backfillJob.parse(job.data).backfillId);
      }
    },
  },
];
