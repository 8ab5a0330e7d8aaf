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
    const handler = async ([job]: PgBoss.JobWithMetadata<unknown>[]) => {
      if (!job) return;
      try {
        await queue.handle(job);
      } catch (error) {
        log
          .child({ queue: queue.name, jobId: job.id, retry: job.retryCount })
          .error({ err: error }, "job failed; pg-boss retries it with backoff");
        throw error;
      }
    };
    // pg-boss polls each worker on its own; several workers on one queue
    // work that many jobs at once. Half a second keeps a stage change to
    // an email within a few seconds.
    for (let n = 0; n < (queue.concurrency ?? 1); n += 1) {
      await boss.work(
        queue.name,
        { includeMetadata: true, batchSize: 1, pollingIntervalSeconds: 0.5 },
        handler,
      );
    }
    if (queue.cron) await boss.schedule(queue.name, queue.cron);
  }

  log.info({ queues: HANDLERS.map((q) => q.name) }, "worker started");
  return boss;
}
