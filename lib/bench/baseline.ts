import { fork, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

import { sql } from "drizzle-orm";

import { db } from "@/db/client";
import type { Intake } from "@/lib/bench/intake-load";
import { onTeardown } from "@/lib/bench/teardown";

const TABLE = "bench_baseline_deliveries";

const SERVER = fileURLToPath(new URL("./baseline-server.ts", import.meta.url));

/**
 * Starts the bare http + pg server in its own process, as the app runs in
 * its own, so neither shares an event loop with the load generator.
 */
export async function startBaseline(databaseUrl: string): Promise<Intake> {
  await db().execute(sql`
    create table if not exists ${sql.identifier(TABLE)} (
      id bigint generated always as identity primary key,
      lever_token text not null unique,
      body jsonb not null,
      received_at timestamptz not null default now()
    )`);

  const child = fork(SERVER, [], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  onTeardown("stop the baseline server", () => stopChild(child));
  child.send({ databaseUrl, table: TABLE });

  const port = await listeningPort(child);
  return { url: `http://127.0.0.1:${port}/`, countStored: countRows };
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once("message", (message: { port: number }) => resolve(message.port));
    child.once("exit", (code) =>
      reject(new Error(`the baseline server exited with ${code}`)),
    );
  });
}

async function countRows(): Promise<number> {
  const result = await db().execute<{ n: number }>(
    sql`select count(*)::int as n from ${sql.identifier(TABLE)}`,
  );
  return result.rows[0]?.n ?? 0;
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    if (child.connected) child.disconnect();
    else child.kill("SIGTERM");
  });
}
