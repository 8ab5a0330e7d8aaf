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
  const output = openSync(logFile, "w");
  const child = spawn(process.execPath, serverArgs(port, "127.0.0.1"), {
    stdio: ["ignore", output, output],
    env: { ...process.env, NODE_ENV: "production" },
    detached: true,
  });
  // Even if the benchmark dies without tearing down, the app goes with it.
  process.once("exit", () => signalGroup(child, "SIGKILL"));
  return child;
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
