import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];
const IMPORT = /^(?:import|export)(?!\s+type\b)[^;]*?from\s+"([^"]+)"/gms;

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(ROOT, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const found = EXTENSIONS.map((ext) => base + ext).find((f) => existsSync(f));
  return found ?? null;
}

/** Chains from `entry` to every module marked "server-only". */
function serverOnlyChains(entry: string): string[] {
  const seen = new Set<string>();
  const chains: string[] = [];
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    const here = [...chain, path.relative(ROOT, file)];
    if (/^import "server-only";/m.test(source)) chains.push(here.join(" -> "));
    for (const match of source.matchAll(IMPORT)) {
      const next = resolve(match[1]!, file);
      if (next) walk(next, here);
    }
  };
  walk(path.join(ROOT, entry), []);
  return chains;
}

// `npm run worker` runs the job handlers in plain Node, where a module
// marked "server-only" throws on import: none may be reachable from them.
describe("the job handlers' imports", () => {
  it("reach no server-only module", () => {
    expect(serverOnlyChains("lib/jobs/registry.ts")).toEqual([]);
  });

  it("would notice one", () => {
    expect(serverOnlyChains("lib/reports/report.ts").length).toBeGreaterThan(0);
  });
});
