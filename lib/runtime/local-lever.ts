import { spawn, type ChildProcess } from "node:child_process";

import { waitForHealthy } from "@/lib/runtime/wait";

export const LOCAL_CLIENT = {
  id: "hallo-local",
  secret: "hallo-local-secret",
};

export type LocalLever = {
  url: string;
  /** Environment that points the app at this Lever instead of the real one. */
  appEnv: Record<string, string>;
  stop(): Promise<void>;
};

/**
 * Starts the Lever simulator (lever-simulator/) as its own process. The app
 * only learns its URLs and client credentials, exactly as it would Lever's.
 */
export async function startLocalLever(options: {
  port: number;
  appUrl: string;
  callbackPath: string;
  quiet?: boolean;
}): Promise<LocalLever> {
  const url = `http://localhost:${options.port}`;
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "lever-simulator/server.ts"],
    {
      stdio: options.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
      env: {
        ...process.env,
        LEVER_SIMULATOR_PORT: String(options.port),
        LEVER_SIMULATOR_PUBLIC_URL: url,
        LEVER_SIMULATOR_CLIENT_ID: LOCAL_CLIENT.id,
        LEVER_SIMULATOR_CLIENT_SECRET: LOCAL_CLIENT.secret,
        LEVER_SIMULATOR_REDIRECT_URIS: new URL(
          options.callbackPath,
          options.appUrl,
        ).toString(),
      },
    },
  );
  // However the launcher ends, the simulator must not outlive it.
  process.once("exit", () => child.kill("SIGTERM"));
  await waitForHealthy(`${url}/_admin/seed`, 30_000);

  return {
    url,
    appEnv: {
      LEVER_CLIENT_ID: LOCAL_CLIENT.id,
      LEVER_CLIENT_SECRET: LOCAL_CLIENT.secret,
      LEVER_AUTH_URL: `${url}/oauth/authorize`,
      LEVER_TOKEN_URL: `${url}/oauth/token`,
      LEVER_API_URL: `${url}/v1`,
      LEVER_AUDIENCE: `${url}/v1/`,
    },
    stop: () => stopChild(child),
  };
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
