import { runMigrations } from "@/db/migrate";
import {
  prepareEnvironment,
  publish,
  runMain,
  say,
} from "@/lib/cli/environment";
import { startWorker } from "@/lib/jobs/worker";
import { resolveDatabase } from "@/lib/runtime/database";

// `npm run worker`: the job handlers in their own process. Start web
// processes with WORKER_IN_APP=false when workers run separately.
async function main() {
  const env = prepareEnvironment();
  const database = await resolveDatabase(env, {}, say);
  publish({ DATABASE_URL: database.url });
  await runMigrations(database.url);

  const boss = await startWorker(database.url);
  const stop = async () => {
    await boss.stop({ graceful: true, wait: true });
    await database.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

runMain(main);
