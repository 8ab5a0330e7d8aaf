import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool, type PoolClient } from "pg";

import * as schema from "@/db/schema";
import { env } from "@/lib/env";
import { logFor } from "@/lib/log";

export type Database = NodePgDatabase<typeof schema>;

/** The database itself or an open transaction: both run the same queries. */
export type Executor =
  Database | Parameters<Parameters<Database["transaction"]>[0]>[0];

let pool: Pool | undefined;
let database: Database | undefined;

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start`, which runs " +
        "an embedded PostgreSQL, or point DATABASE_URL at your own server.",
    );
  }
  return url;
}

export function createPool(url: string, max = 10): Pool {
  const created = new Pool({ connectionString: url, max });
  // An idle connection that PostgreSQL closes (a restart, a failover)
  // emits an error; unheard, it would end the process. The pool replaces
  // the connection on next use, so it is logged and nothing more.
  created.on("error", (error) =>
    logFor({ event: "db.idle-connection-lost" }).warn(
      { err: error },
      "an idle database connection was closed",
    ),
  );
  return created;
}

export function createDatabase(client: Pool | PoolClient): Database {
  return drizzle({ client, schema, casing: "snake_case" });
}

/** The process-wide connection pool, opened on first use. */
export function db(): Database {
  pool ??= createPool(databaseUrl());
  database ??= createDatabase(pool);
  return database;
}

/** The process-wide pool itself, for work that needs one connection. */
export function dbPool(): Pool {
  db();
  return pool as Pool;
}

export async function closeDb(): Promise<void> {
  await pool?.end();
  pool = undefined;
  database = undefined;
}
