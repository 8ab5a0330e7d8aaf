import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";

import { runMigrations } from "@/db/migrate";
import { dropDatabase, ensureDatabase } from "@/db/embedded";
import { prepareEnvironment, runMain, say } from "@/lib/cli/environment";
import type { Env } from "@/lib/env";
import { CALLBACK_PATH } from "@/lib/lever-connection/settings";
import { ensureBuild, run, serverArgs } from "@/lib/runtime/build";
import { startLocalLever } from "@/lib/runtime/local-lever";
import { resolveDatabase, type ResolvedDatabase } from "@/lib/runtime/database";
import { CHROMIUM_HELP, findChromium } from "@/lib/testing/chromium";
import { findSecretsAtRest } from "@/lib/testing/secrets-at-rest";
import { waitForHealthy } from "@/lib/runtime/wait";

type Suite = "unit" | "e2e";
type Tally = { suite: string; passed: number; failed: number };

// Runs on another EMBEDDED_POSTGRES_PORT get their own server and results,
// so two checkouts' (or two people's) test runs do not meet.
const DEFAULT_PORT = 54320;
const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_PORT);
const suffix = port === DEFAULT_PORT ? "" : `-${port}`;
const RESULTS = `.data/test-results${suffix}`;
// Runs on another database port move the app and simulator ports with it.
const PORT_SHIFT = port - DEFAULT_PORT;
const E2E_PORT = 3100 + PORT_SHIFT;
if (PORT_SHIFT !== 0) process.env.NEXT_DIST_DIR = `.data/next${suffix}`;

// `npm test`: vitest against a fresh database, then Playwright against the
// built app on another fresh database, then one line of totals.
async function main() {
  const only = parseOnly(process.argv.slice(2));
  const env = prepareEnvironment({ NODE_ENV: "test", LOG_LEVEL: "warn" });
  const server = await resolveDatabase(
    env,
    {
      dataSubdir: `test${suffix}`,
      port: env.EMBEDDED_POSTGRES_PORT + 1,
      database: "postgres",
    },
    say,
  );
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });

  const tallies: Tally[] = [];
  try {
    if (only !== "e2e")
      tallies.push(await runVitest(server, filters(process.argv)));
    if (only !== "unit") tallies.push(...(await runPlaywright(env, server)));
  } finally {
    await server.stop();
  }
  report(tallies);
}

function parseOnly(args: string[]): Suite | undefined {
  const value = args.find((arg) => arg.startsWith("--only="))?.split("=")[1];
  if (value === undefined || value === "unit" || value === "e2e") return value;
  throw new Error(`unknown --only=${value}; use unit or e2e`);
}

async function withFreshDatabase<T>(
  server: ResolvedDatabase,
  label: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const name = `hallo_test_${label}_${process.pid}`;
  await ensureDatabase(server.adminUrl, name);
  const url = new URL(server.adminUrl);
  url.pathname = `/${name}`;
  try {
    await runMigrations(url.toString());
    return await work(url.toString());
  } finally {
    await dropDatabase(server.adminUrl, name);
  }
}

/** Arguments that are not runner options narrow the Vitest run. */
function filters(argv: string[]): string[] {
  return argv.slice(2).filter((arg) => !arg.startsWith("--only="));
}

function runVitest(server: ResolvedDatabase, only: string[]): Promise<Tally> {
  return withFreshDatabase(server, "unit", async (url) => {
    const output = `${RESULTS}/vitest.json`;
    await run(
      "npx",
      [
        "vitest",
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${output}`,
        ...only,
      ],
      { ...process.env, DATABASE_URL: url },
    ).catch(() => {});
    return readVitest(output);
  });
}

function readVitest(file: string): Tally {
  if (!existsSync(file)) return { suite: "vitest", passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: { status: string; assertionResults: unknown[] }[];
  };
  // A file that fails before any test runs (an import error) counts too.
  const brokenFiles = json.testResults.filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length;
  return {
    suite: "vitest (unit + integration)",
    passed: json.numPassedTests,
    failed: json.numFailedTests + brokenFiles,
  };
}

async function runPlaywright(
  env: Env,
  server: ResolvedDatabase,
): Promise<Tally[]> {
  const chromium = findChromium(env.CHROMIUM_PATH);
  if (!chromium) say(CHROMIUM_HELP);
  await ensureBuild(say);

  return withFreshDatabase(server, "e2e", async (url) => {
    const baseUrl = `http://127.0.0.1:${E2E_PORT}`;
    const lever = await startLocalLever({
      port: env.LOCAL_LEVER_PORT + 100 + PORT_SHIFT,
      appUrl: baseUrl,
      callbackPath: CALLBACK_PATH,
      quiet: true,
    });
    const app = startApp(url, baseUrl, lever.appEnv);
    try {
      await waitForHealthy(`${baseUrl}/api/health`, 60_000);
      const output = `${RESULTS}/playwright.json`;
      // E2E_GREP narrows the browser run to matching test titles.
      const grep = process.env.E2E_GREP ? ["--grep", process.env.E2E_GREP] : [];
      await run("npx", ["playwright", "test", ...grep], {
        ...process.env,
        E2E_BASE_URL: baseUrl,
        CHROMIUM_PATH: chromium ?? "",
        PLAYWRIGHT_JSON_OUTPUT_NAME: output,
        PLAYWRIGHT_OUTPUT_DIR: `${RESULTS}/artifacts`,
        LEVER_SIMULATOR_URL: lever.url,
      }).catch(() => {});
      const browser = readPlaywright(output);
      if (process.env.E2E_GREP) return [browser];
      return [browser, await checkSecretsAtRest(url, lever.url)];
    } finally {
      await stopProcess(app);
      await lever.stop();
    }
  });
}

function startApp(
  url: string,
  baseUrl: string,
  leverEnv: Record<string, string>,
): ChildProcess {
  return spawn(process.execPath, serverArgs(E2E_PORT, "127.0.0.1"), {
    stdio: ["ignore", "ignore", "inherit"],
    env: {
      ...process.env,
      ...leverEnv,
      NODE_ENV: "production",
      DATABASE_URL: url,
      APP_URL: baseUrl,
    },
    detached: true,
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || !child.pid) return resolve();
    child.once("exit", () => resolve());
    process.kill(-child.pid, "SIGTERM");
  });
}

// After the browser suite the database holds connections, webhooks,
// invitations and report links: none of their secrets may be in clear.
async function checkSecretsAtRest(url: string, leverUrl: string) {
  const suite = "secrets at rest (database dump)";
  const { checked, leaks } = await findSecretsAtRest(url, leverUrl);
  const unchecked = Object.entries(checked)
    .filter(([, count]) => count === 0)
    .map(([kind]) => `no ${kind} to look for`);
  const problems = [...leaks, ...unchecked];
  for (const problem of problems) say(`secrets at rest: ${problem}`);
  say(`secrets at rest: looked for ${JSON.stringify(checked)}`);
  return { suite, passed: problems.length ? 0 : 1, failed: problems.length };
}

function readPlaywright(file: string): Tally {
  if (!existsSync(file)) return { suite: "playwright", passed: 0, failed: 1 };
  const json = JSON.parse(readFileSync(file, "utf8")) as {
    stats: { expected: number; unexpected: number; flaky: number };
  };
  return {
    suite: "playwright (browser)",
    passed: json.stats.expected + json.stats.flaky,
    failed: json.stats.unexpected,
  };
}

function report(tallies: Tally[]) {
  const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
  const failed = tallies.reduce((sum, t) => sum + t.failed, 0);
  console.log("");
  for (const t of tallies) {
    console.log(
      `  ${t.suite.padEnd(30)} ${t.passed} passed, ${t.failed} failed`,
    );
  }
  console.log(`${passed} passed, ${failed} failed`);
  // Exit here rather than set exitCode: embedded-postgres's exit hook ends
  // the process with 0 on `beforeExit`, which would hide a failed run.
  process.exit(failed > 0 || tallies.length === 0 ? 1 : 0);
}

runMain(main);
