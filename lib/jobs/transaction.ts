import { createHash } from "node:crypto";

import type { PoolClient } from "pg";
import type PgBoss from "pg-boss";

import {
  createDatabase,
  databaseUrl,
  dbPool,
  type Database,
  type Executor,
} from "@/db/client";
import { producerBoss } from "@/lib/jobs/boss";
import type { QueueName } from "@/lib/jobs/queues";

export type JobSender = (
  queue: QueueName,
  data: Record<string, unknown>,
  options?: PgBoss.SendOptions,
) => Promise<void>;

/** Many jobs in one statement, for callers that write rows in bulk. */
export type JobInserter = (
  queue: QueueName,
  data: Record<string, unknown>[],
) => Promise<void>;

/**
 * Runs `work` in one transaction in which jobs can be sent too: the rows and
 * the jobs they call for are committed together or not at all.
 */
export async function transactionWithJobs<T>(
  work: (tx: Executor, send: JobSender, insert: JobInserter) => Promise<T>,
): Promise<T> {
  const boss = await producerBoss(databaseUrl());
  const client = await dbPool().connect();

  // pg-boss writes its job on the same connection, inside the transaction.
  // Its insert is one large statement; naming it lets PostgreSQL parse and
  // plan it once per connection instead of on every delivery.
  const connection = {
    executeSql: (text: string, values: unknown[]) =>
      client.query({ name: statementName(text), text, values }),
  };
  try {
    return await databaseOn(client).transaction((tx) =>
      work(
        tx,
        async (queue, data, options) => {
          await boss.send(queue, data, { ...options, db: connection });
        },
        async (queue, data) => {
          if (data.length === 0) return;
          const jobs = data.map((item) => ({ name: queue, data: item }));
          await boss.insert(jobs, { db: connection });
        },
      ),
    );
  } finally {
    client.release();
  }
}

// Pooled connections live on, so each gets its drizzle instance once:
// building one (it reads the whole schema) costs more than a delivery.
const databases = new WeakMap<PoolClient, Database>();

function databaseOn(client: PoolClient): Database {
  let database = databases.get(client);
  if (!database) {
    database = createDatabase(client);
    databases.set(client, database);
  }
  return database;
}

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `pgboss_${createHash("sha1").update(text).digest("hex").slice(0, 16)}`;
    names.set(text, name);
  }
  return name;
}
