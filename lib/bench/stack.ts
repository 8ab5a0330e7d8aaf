import { mkdirSync } from "node:fs";
import path from "node:path";

import { closeDb, dbPool } from "@/db/client";
import { dropDatabase, ensureDatabase } from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import type { SimulatorOptions } from "@/lever-simulator/src/config";
import {
  startSimulator,
  type RunningSimulator,
} from "@/lever-simulator/src/start";
import { startAppProcess, stopAppProcess } from "@/lib/bench/app-process";
import { startMailbox, type Mailbox } from "@/lib/bench/mailbox";
import { APP_PORT, DATABASE_NAME, LEVER_PORT } from "@/lib/bench/settings";
import { onTeardown } from "@/lib/bench/teardown";
import { prepareEnvironment, publish, say } from "@/lib/cli/environment";
import type { Env } from "@/lib/env";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { CALLBACK_PATH } from "@/lib/lever-connection/settings";
import { ensureBuild } from "@/lib/runtime/build";
import { resolveDatabase } from "@/lib/runtime/database";
import { LOCAL_CLIENT } from "@/lib/runtime/local-lever";
import { waitForHealthy } from "@/lib/runtime/wait";

export type Stack = {
  appUrl: string;
  databaseUrl: string;
  sim: RunningSimulator;
  mailbox: Mailbox;
  appLog: string;
  /** The app server's process, for memory figures. */
  appPid: number;
};

export type StackPorts = { app: number; lever: number };

/**
 * The built app (lib/cli/serve.ts) on a fresh database, wired to an
 * in-process Lever simulator and SMTP server. Every part registers its
 * own teardown as soon as it runs. A benchmark may pass its own ports, so
 * it can run next to another one on the same machine.
 */
export async function startStack(
  ports: StackPorts = { app: APP_PORT, lever: LEVER_PORT },
): Promise<Stack> {
  const env = prepareEnvironment({ LOG_LEVEL: "warn" });
  await ensureBuild(say);

  const workDir = path.resolve(
    env.DATA_DIR,
    `bench-${env.EMBEDDED_POSTGRES_PORT}`,
  );
  mkdirSync(workDir, { recursive: true });
  const databaseUrl = await startDatabase(env);

  const appUrl = `http://127.0.0.1:${ports.app}`;
  const sim = await startLever(appUrl, ports.lever);
  const mailbox = await startMailbox();
  onTeardown("stop the SMTP server", mailbox.close);

  // The benchmark's own process connects the organization, so it needs
  // the same settings as the app it starts.
  publish({
    ...leverEnvironment(sim.url),
    DATABASE_URL: databaseUrl,
    APP_URL: appUrl,
    SMTP_URL: mailbox.url,
    WORKER_IN_APP: "true",
    SEED_DEMO: "false",
  });
  // When PostgreSQL stops first (Ctrl-C), it drops this process's idle
  // connections before the teardown closes them: not a crash.
  dbPool().on("error", () => {});

  const appLog = path.join(workDir, "app.log");
  const appPid = await startApp(appUrl, ports.app, appLog);
  return { appUrl, databaseUrl, sim, mailbox, appLog, appPid };
}

async function startDatabase(env: Env): Promise<string> {
  const server = await resolveDatabase(
    env,
    {
      dataSubdir: `bench-${env.EMBEDDED_POSTGRES_PORT}`,
      port: env.EMBEDDED_POSTGRES_PORT,
      database: "postgres",
    },
    say,
  );
  onTeardown("stop PostgreSQL", server.stop);

  // Ctrl-C reaches PostgreSQL too, which then stops before the teardown
  // can drop the database; such a leftover is dropped here instead.
  await dropDatabase(server.adminUrl, DATABASE_NAME);
  await ensureDatabase(server.adminUrl, DATABASE_NAME);
  onTeardown("drop the benchmark database", () =>
    dropDatabase(server.adminUrl, DATABASE_NAME),
  );
  onTeardown("close the benchmark's own connections", async () => {
    await stopProducerBoss();
    await closeDb();
  });

  const url = new URL(server.adminUrl);
  url.pathname = `/${DATABASE_NAME}`;
  await runMigrations(url.toString());
  return url.toString();
}

/** The simulator, with the app registered as its OAuth client. */
export async function startLever(
  appUrl: string,
  port: number,
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const sim = await startSimulator({
    ...options,
    port,
    host: "127.0.0.1",
    log: () => {},
    clients: [
      {
        clientId: LOCAL_CLIENT.id,
        clientSecret: LOCAL_CLIENT.secret,
        redirectUris: [new URL(CALLBACK_PATH, appUrl).toString()],
        name: "Hallo",
      },
    ],
  });
  onTeardown("stop the Lever simulator", sim.close);
  return sim;
}

/** What points the app at the simulator instead of Lever. */
export function leverEnvironment(leverUrl: string): Record<string, string> {
  return {
    LEVER_CLIENT_ID: LOCAL_CLIENT.id,
    LEVER_CLIENT_SECRET: LOCAL_CLIENT.secret,
    LEVER_AUTH_URL: `${leverUrl}/oauth/authorize`,
    LEVER_TOKEN_URL: `${leverUrl}/oauth/token`,
    LEVER_API_URL: `${leverUrl}/v1`,
    LEVER_AUDIENCE: `${leverUrl}/v1/`,
  };
}

async function startApp(
  appUrl: string,
  port: number,
  logFile: string,
): Promise<number> {
  say(`starting the app on ${appUrl} (output in ${logFile})`);
  const child = startAppProcess(port, logFile);
  onTeardown("stop the app", () => stopAppProcess(child));

  const exited = new Promise<"exited">((resolve) =>
    child.once("exit", () => resolve("exited")),
  );
  const healthy = waitForHealthy(`${appUrl}/api/health`, 60_000).then(
    () => "healthy" as const,
  );
  if ((await Promise.race([healthy, exited])) === "exited") {
    throw new Error(`the app stopped while starting; see ${logFile}`);
  }
  return child.pid!;
}
