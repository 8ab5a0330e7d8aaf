import type PgBoss from "pg-boss";

import {
  createDatabase,
  databaseUrl,
  dbPool,
  type Executor,
} from "@/db/client";
import { producerBoss } from "@/lib/jobs/boss";
import type { QueueName } from "@/lib/jobs/queues";

export type JobSender = (
  queue: QueueName,
  data: Record<string, unknown>,
  options?: PgBoss.SendOptions,
) => Promise<void>;

/**
 * Runs `work` in one transaction in which jobs can be sent too: the rows and
 * the jobs they call for are committed together or not at all.
 */
export async function transactionWithJobs<T>(
  work: (tx: Executor, send: JobSender) => Promise<T>,
): Promise<T> {
  const boss = await producerBoss(databaseUrl());
  const client = await dbPool().connect();

  // pg-boss writes its job on the same connection, inside the transaction.
  const connection = {
    executeSql: (text: string, values: unknown[]) => client.query(text, values),
  };
  try {
    return await createDatabase(client).transaction((tx) =>
      work(tx, async (queue, data, options) => {
        await boss.send(queue, data, { ...options, db: connection });
      }),
    );
  } finally {
    client.release();
  }
}
