import { runMigrations } from "@/db/migrate";
import { prepareEnvironment, runMain, say } from "@/lib/cli/environment";
import { resolveDatabase } from "@/lib/runtime/database";

// `npm run db:migrate`: applies committed migrations to DATABASE_URL, or to
// the embedded database when it is unset.
async function main() {
  const env = prepareEnvironment();
  const database = await resolveDatabase(env, {}, say);
  try {
    await runMigrations(database.url);
    say("migrations applied");
  } finally {
    await database.stop();
  }
}

runMain(main);
