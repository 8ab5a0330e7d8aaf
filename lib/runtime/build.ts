import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import {
  existsSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "db",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];

// Set by the test launcher for runs on another port (see next.config.js);
// read when used, since launchers set it after their imports ran.
const distDir = () => process.env.NEXT_DIST_DIR || ".next";

/** A hash of everything that goes into `next build`. */
export function sourceHash(root = process.cwd()): string {
  const hash = createHash("sha256");
  for (const file of SOURCES.flatMap((entry) =>
    listFiles(path.join(root, entry)),
  )) {
    hash.update(path.relative(root, file));
    hash.update(readFileSync(file));
  }
  return hash.digest("hex");
}

function listFiles(entry: string): string[] {
  if (!existsSync(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

/** Builds the app unless the last build came from the same sources. */
export async function ensureBuild(log: (message: string) => void) {
  const hash = sourceHash();
  const stampFile = `${distDir()}/hallo-source-hash`;
  const stamp = existsSync(stampFile) ? readFileSync(stampFile, "utf8") : null;
  if (stamp === hash && existsSync(`${distDir()}/BUILD_ID`)) return;

  log(
    stamp
      ? "sources changed; rebuilding the app"
      : "building the app (first run)",
  );
  // Always a production build, whatever the launcher runs as: the test
  // runner's NODE_ENV=test would otherwise leave out production headers.
  await run(process.execPath, [nextBin(), "build"], {
    ...process.env,
    NODE_ENV: "production",
  });
  writeFileSync(stampFile, hash);
}

/**
 * Next's own CLI script, run with this Node directly rather than through
 * npx, so signals sent to a launcher reach the server it started.
 */
export function nextBin(): string {
  return createRequire(import.meta.url).resolve("next/dist/bin/next");
}

/**
 * Arguments for `node` that start the production server (Next.js behind
 * the webhook fast path, lib/cli/serve.ts) on a port.
 */
export function serverArgs(port: number, hostname?: string): string[] {
  const host = hostname ? ["-H", hostname] : [];
  return ["--import", "tsx", "lib/cli/serve.ts", "-p", String(port), ...host];
}

export function run(command: string, args: string[], env = process.env) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`)),
    );
  });
}
