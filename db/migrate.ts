import path from "node:path";

import { sql } from "drizzle-orm";
import { migrate } from "drizzle-orm/node-postgres/migrator";

import { createDatabase, createPool } from "@/db/client";

const MIGRATIONS_FOLDER = path.resolve(process.cwd(), "db/migrations");

// Any fixed number works; it only has to be the same in every process that
// migrates, so concurrent starts (web and worker) take turns.
const MIGRATION_LOCK = 7_414_201;

export async function runMigrations(url: string): Promise<void> {
  // One connection, so the session lock and the migration share it.
  const pool = createPool(url, 1);
  const database = createDatabase(pool);

  try {
    await database.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK})`);
    await migrate(database, { migrationsFolder: MIGRATIONS_FOLDER });
    await database.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK})`);
  } finally {
    await pool.end();
  }
}
