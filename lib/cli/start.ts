import { spawn } from "node:child_process";

import { runMigrations } from "@/db/migrate";
import { DEMO_LOGIN, demoLoginExists, seedDemo } from "@/db/seed";
import {
  prepareEnvironment,
  publish,
  runMain,
  say,
} from "@/lib/cli/environment";
import { CALLBACK_PATH } from "@/lib/lever-connection/settings";
import { ensureBuild, serverArgs } from "@/lib/runtime/build";
import { startLocalLever } from "@/lib/runtime/local-lever";
import { resolveDatabase } from "@/lib/runtime/database";

// `npm start`: database, schema, demo data, build, then the server.
async function main() {
  const env = prepareEnvironment({
    LOG_FORMAT: process.env.LOG_FORMAT ?? "pretty",
  });
  const database = await resolveDatabase(env, {}, say);
  publish({ DATABASE_URL: database.url });
  say(
    database.embedded
      ? `embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_POSTGRES_PORT} (data in ${env.DATA_DIR}/postgres)`
      : "using the PostgreSQL at DATABASE_URL",
  );

  await runMigrations(database.url);
  if (database.embedded && env.SEED_DEMO) {
    if (await seedDemo(database.url)) say("seeded the demo organization");
  }
  await ensureBuild(say);

  // Without Lever credentials the demo runs against the local simulator.
  const localLever = env.LEVER_CLIENT_ID
    ? null
    : await startLocalLever({
        port: env.LOCAL_LEVER_PORT,
        appUrl: env.APP_URL,
        callbackPath: CALLBACK_PATH,
      });
  if (localLever) {
    publish(localLever.appEnv);
    say(
      `no LEVER_CLIENT_ID: using the local Lever simulator at ${localLever.url}`,
    );
  }

  const server = spawn(process.execPath, serverArgs(env.PORT), {
    stdio: "inherit",
    env: process.env,
  });
  if (await demoLoginExists(database.url)) {
    say(`demo login: ${DEMO_LOGIN.email} / ${DEMO_LOGIN.password}`);
  }
  say(`open ${env.APP_URL}`);

  const shutdown = (signal: NodeJS.Signals) => server.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  server.on("exit", (code) => {
    void Promise.allSettled([localLever?.stop(), database.stop()]).finally(() =>
      process.exit(code ?? 0),
    );
  });
}

runMain(main);
