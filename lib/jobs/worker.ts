import PgBoss from "pg-boss";

import { createQueues } from "@/lib/jobs/boss";
import { HANDLERS } from "@/lib/jobs/registry";
import { logFor } from "@/lib/log";

/**
 * Starts pg-boss with every handler. Used in the web process (unless
 * WORKER_IN_APP=false) and by `npm run worker`; pg-boss hands each job to
 * exactly one of them.
 */
export async function startWorker(url: string): Promise<PgBoss> {
  const log = logFor({ component: "worker" });
  const boss = new PgBoss({ connectionString: url, max: 4 });
  boss.on("error", (error) => log.error({ err: error }, "pg-boss error"));

  await boss.start();
  await createQueues(boss);

  for (const queue of HANDLERS) {
    await boss.work(queue.name, async (jobs) => {
      const jobLog = log.child({
        queue: queue.name,
        jobIds: jobs.map((j) => j.id),
      });
      try {
        await queue.handle(jobs);
      } catch (error) {
        jobLog.error({ err: error }, "job failed; pg-boss will retry");
        throw error;
      }
    });
    if (queue.cron) await boss.schedule(queue.name, queue.cron);
  }

  log.info({ queues: HANDLERS.map((q) => q.name) }, "worker started");
  return boss;
}
