import { databaseUrl } from "@/db/client";
import { runMigrations } from "@/db/migrate";
import { env } from "@/lib/env";
import { startWorker } from "@/lib/jobs/worker";
import { logFor } from "@/lib/log";

/** Runs once per server process, from the instrumentation hook. */
export async function startApp(): Promise<void> {
  const log = logFor({ component: "startup" });
  const url = databaseUrl();

  await runMigrations(url);
  log.info("database schema is up to date");

  if (env().WORKER_IN_APP) {
    await startWorker(url);
  } else {
    log.info(
      "in-app worker is off (WORKER_IN_APP=false); run `npm run worker`",
    );
  }
}
