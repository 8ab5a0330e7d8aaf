import pLimit from "p-limit";
import pRetry from "p-retry";
import PgBoss from "pg-boss";
import type { Logger } from "pino";

import { isConnectionLoss } from "@/lib/db-errors";
import { createQueues } from "@/lib/jobs/boss";
import { surviveDatabaseOutages } from "@/lib/jobs/connection-loss";
import { HANDLERS, type Job, type QueueHandler } from "@/lib/jobs/registry";
import { logFor } from "@/lib/log";

/**
 * Starts pg-boss with every handler. Used in the web process (unless
 * WORKER_IN_APP=false) and by `npm run worker`; pg-boss hands each job to
 * exactly one of them.
 */
export async function startWorker(url: string): Promise<PgBoss> {
  const log = logFor({ component: "worker" });
  surviveDatabaseOutages();
  // Supervision fails jobs past their queue's expireInSeconds, e.g. those
  // whose completion was lost with the database: every 30 s, not 120 s.
  const boss = new PgBoss({
    connectionString: url,
    max: 6,
    maintenanceIntervalSeconds: 30,
  });
  boss.on("error", (error) => log.error({ err: error }, "pg-boss error"));

  await boss.start();
  await createQueues(boss);

  for (const queue of HANDLERS) {
    // Each poll fetches up to `batchSize` jobs; half a second between
    // polls keeps a stage change to an email within a few seconds.
    await boss.work(
      queue.name,
      {
        includeMetadata: true,
        batchSize: queue.batchSize ?? 1,
        pollingIntervalSeconds: 0.5,
      },
      (jobs) => workBatch(boss, queue, jobs, log),
    );
    if (queue.cron) await boss.schedule(queue.name, queue.cron);
  }

  log.info({ queues: HANDLERS.map((q) => q.name) }, "worker started");
  return boss;
}

/**
 * Works a batch `parallel` jobs at a time and records how each ended
 * itself: a job that throws is failed on its own, so pg-boss retries it
 * with backoff, and the rest are completed together in one statement.
 * pg-boss's own completion of the batch afterwards finds none still active.
 */
async function workBatch(
  boss: PgBoss,
  queue: QueueHandler,
  jobs: Job[],
  log: Logger,
) {
  const limit = pLimit(queue.parallel ?? 1);
  const succeeded: string[] = [];

  await Promise.all(
    jobs.map((job) =>
      limit(async () => {
        try {
          await queue.handle(job);
          succeeded.push(job.id);
        } catch (error) {
          log
            .child({ queue: queue.name, jobId: job.id, retry: job.retryCount })
            .error(
              { err: error },
              "job failed; pg-boss retries it with backoff",
            );
          await throughOutage(() =>
            boss.fail(queue.name, job.id, {
              message: error instanceof Error ? error.message : String(error),
            }),
          );
        }
      }),
    ),
  );
  if (succeeded.length > 0) {
    await throughOutage(() => boss.complete(queue.name, succeeded));
  }
}

// A job's end, written while the database restarts, waits for it to come
// back rather than leaving the job taken until it expires.
function throughOutage<T>(write: () => Promise<T>): Promise<T> {
  return pRetry(write, {
    retries: Number.POSITIVE_INFINITY,
    minTimeout: 500,
    maxTimeout: 5_000,
    maxRetryTime: 60_000,
    shouldRetry: ({ error }) => isConnectionLoss(error),
  });
}
