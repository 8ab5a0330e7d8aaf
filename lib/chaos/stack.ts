import type { ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { closeDb, dbPool } from "@/db/client";
import {
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from "@/db/embedded";
import { runMigrations } from "@/db/migrate";
import type { RunningSimulator } from "@/lever-simulator/src/start";
import {
  killProcess,
  startAppProcess,
  startWorkerProcess,
  stopAppProcess,
} from "@/lib/bench/app-process";
import { startMailbox, type Mailbox } from "@/lib/bench/mailbox";
import { leverEnvironment, startLever } from "@/lib/bench/stack";
import { onTeardown } from "@/lib/bench/teardown";
import {
  DATABASE_NAME,
  OPPORTUNITIES,
  PORTS,
  POSTGRES_DOWN_MS,
  RECOVERY_GRACE_MS,
} from "@/lib/chaos/settings";
import { prepareEnvironment, publish, say } from "@/lib/cli/environment";
import { stopProducerBoss } from "@/lib/jobs/boss";
import { ensureBuild } from "@/lib/runtime/build";
import { waitForHealthy } from "@/lib/runtime/wait";

/** A stretch of time during which failures are the point, not a bug. */
export type Outage = { label: string; from: number; to: number };

export type ChaosStack = {
  appUrl: string;
  sim: RunningSimulator;
  mailbox: Mailbox;
  logDir: string;
  outages: Outage[];
  /** SIGKILLs the app server and starts it again. */
  killApp(): Promise<void>;
  /** Stops PostgreSQL, waits, and starts it on the same files. */
  restartPostgres(): Promise<void>;
  /** Whether the worker is still running (it is never restarted). */
  workerAlive(): boolean;
};

/**
 * The built app and a separate worker process, on their own embedded
 * PostgreSQL (the run restarts it, so it is never shared), wired to an
 * in-process Lever simulator with a few hundred candidates and an SMTP
 * server that keeps what it receives.
 */
export async function startChaosStack(): Promise<ChaosStack> {
  const env = prepareEnvironment({ LOG_LEVEL: "warn" });
  await ensureBuild(say);
  const logDir = path.resolve(env.DATA_DIR, "chaos");
  mkdirSync(logDir, { recursive: true });

  const database = await startDatabase(logDir);
  const appUrl = `http://127.0.0.1:${PORTS.app}`;
  const sim = await startLever(appUrl, PORTS.lever, {
    opportunities: OPPORTUNITIES,
    keptDeliveryAttempts: 1_000_000,
  });
  const mailbox = await startMailbox();
  onTeardown("stop the SMTP server", mailbox.close);

  publish({
    ...leverEnvironment(sim.url),
    DATABASE_URL: database.url,
    APP_URL: appUrl,
    SMTP_URL: mailbox.url,
    WORKER_IN_APP: "false",
    SEED_DEMO: "false",
  });
  // The run restarts PostgreSQL under this process's idle connections.
  dbPool().on("error", () => {});

  const processes = await startProcesses(appUrl, logDir);
  const outages: Outage[] = [];
  const during = async (label: string, work: () => Promise<void>) => {
    const from = Date.now();
    await work();
    await waitForHealthy(`${appUrl}/api/health`, 60_000);
    outages.push({ label, from, to: Date.now() + RECOVERY_GRACE_MS });
  };

  return {
    appUrl,
    sim,
    mailbox,
    logDir,
    outages,
    killApp: () => during("app killed", processes.restartApp),
    restartPostgres: () => during("PostgreSQL restarted", database.restart),
    workerAlive: processes.workerAlive,
  };
}

async function startDatabase(logDir: string) {
  const options = {
    dataDir: path.join(logDir, "data"),
    port: PORTS.postgres,
    log: say,
  };
  let server: RunningPostgres = await startEmbeddedPostgres(options);
  onTeardown("stop PostgreSQL", () => server.stop());

  await dropDatabase(server.adminUrl, DATABASE_NAME);
  await ensureDatabase(server.adminUrl, DATABASE_NAME);
  onTeardown("close the run's own connections", async () => {
    await stopProducerBoss();
    await closeDb();
  });
  const url = server.urlFor(DATABASE_NAME);
  await runMigrations(url);

  const restart = async () => {
    await server.stop();
    await sleep(POSTGRES_DOWN_MS);
    server = await startEmbeddedPostgres(options);
  };
  return { url, restart };
}

async function startProcesses(appUrl: string, logDir: string) {
  let runs = 1;
  const logFile = () => path.join(logDir, `app-${runs}.log`);
  let app: ChildProcess = startAppProcess(PORTS.app, logFile());
  onTeardown("stop the app", () => stopAppProcess(app));
  const worker = startWorkerProcess(path.join(logDir, "worker.log"));
  onTeardown("stop the worker", () => stopAppProcess(worker));
  say(`app and worker logs in ${logDir}`);
  await waitForHealthy(`${appUrl}/api/health`, 60_000);

  return {
    restartApp: async () => {
      await killProcess(app);
      runs += 1;
      app = startAppProcess(PORTS.app, logFile());
    },
    workerAlive: () => worker.exitCode === null && worker.signalCode === null,
  };
}
