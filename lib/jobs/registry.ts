import type PgBoss from "pg-boss";

import { purgeExpired } from "@/lib/jobs/maintenance";

export type QueueDefinition = {
  name: string;
  options: Omit<PgBoss.Queue, "name">;
  /** Cron expression, when the queue runs on a schedule. */
  cron?: string;
  handle: (jobs: PgBoss.Job<unknown>[]) => Promise<void>;
};

/** Every queue the app knows, with the handler that works it. */
export const QUEUES: QueueDefinition[] = [
  {
    name: "maintenance.purge-expired",
    options: { policy: "singleton", retryLimit: 2, retryBackoff: true },
    cron: "17 * * * *",
    handle: async () => {
      await purgeExpired();
    },
  },
];
