import { spawn, type ChildProcess } from "node:child_process";
import { openSync } from "node:fs";

import { serverArgs } from "@/lib/runtime/build";

const STOP_GRACE_MS = 10_000;

/**
 * The app's server in its own process group, with the environment already
 * published on process.env. Its output goes to `logFile`, so the table
 * stays readable and a failure can still be read afterwards.
 */
export function startAppProcess(port: number, logFile: string): ChildProcess {
  return startInGroup(serverArgs(port, "127.0.0.1"), logFile);
}

/** The job worker (`npm run worker`) in its own process group. */
export function startWorkerProcess(logFile: string): ChildProcess {
  return startInGroup(["--import", "tsx", "lib/cli/worker.ts"], logFile);
}

function startInGroup(args: string[], logFile: string): ChildProcess {
  const output = openSync(logFile, "w");
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", output, output],
    env: { ...process.env, NODE_ENV: "production" },
    detached: true,
  });
  // Even if the benchmark dies without tearing down, the app goes with it.
  process.once("exit", () => signalGroup(child, "SIGKILL"));
  return child;
}

/** SIGKILL, as a crash or an out-of-memory kill would end it. */
export function killProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    signalGroup(child, "SIGKILL");
  });
}

/** Stops the app and anything it started, forcefully if it lingers. */
export function stopAppProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const force = setTimeout(
      () => signalGroup(child, "SIGKILL"),
      STOP_GRACE_MS,
    );
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    signalGroup(child, "SIGTERM");
  });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (!child.pid || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
