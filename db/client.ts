import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { Pool, type PoolClient } from "pg";

import * as schema from "@/db/schema";
import { env } from "@/lib/env";

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
  return new Pool({ connectionString: url, max });
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
