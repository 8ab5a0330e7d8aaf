import { spawn } from "node:child_process";

import { currentLoad, describeMachine, machineLine } from "@/lib/bench/machine";
import { runMain, say } from "@/lib/cli/environment";

type Json = Record<string, unknown>;

type Row = { figure: string; value: string; target?: string };

type Benchmark = {
  script: string;
  rows: (result: Json) => Row[];
};

// `npm run bench`: every benchmark, one after another (they share ports
// and the two cores), then one table of their headline figures.
const BENCHMARKS: Benchmark[] = [
  { script: "bench:webhooks", rows: webhookRows },
  { script: "bench:writeback", rows: writeBackRows },
  { script: "bench:dashboard", rows: dashboardRows },
];

async function main() {
  const machine = describeMachine(currentLoad());
  const rows: Row[] = [];
  for (const benchmark of BENCHMARKS) {
    say(`running npm run ${benchmark.script}`);
    const result = await runBenchmark(benchmark.script);
    rows.push(
      ...(result
        ? benchmark.rows(result)
        : [{ figure: benchmark.script, value: "FAILED (see its output)" }]),
    );
  }
  printTable(machineLine(machine), rows);
  if (rows.some((row) => row.value.startsWith("FAILED"))) process.exit(1);
}

/** Runs one benchmark, passing its output through; its last JSON line. */
function runBenchmark(script: string): Promise<Json | null> {
  return new Promise((resolve) => {
    let output = "";
    const child = spawn("npm", ["run", "--silent", script], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on("exit", (code) => resolve(code === 0 ? lastJson(output) : null));
  });
}

/** The last line of `output` that is a JSON object: the figures. */
function lastJson(output: string): Json | null {
  for (const line of output.trim().split("\n").reverse()) {
    if (!line.startsWith("{")) continue;
    try {
      return JSON.parse(line) as Json;
    } catch {
      // A line that merely starts like JSON; keep looking.
    }
  }
  return null;
}

function webhookRows(result: Json): Row[] {
  const r = result as {
    app: { maxRate: { acceptedPerSecond: number } };
    targets: {
      ratio: { value: number; target: number };
      p99AtFixedRateMs: { value: number; target: number };
      invitationP95Ms: { value: number; target: number };
    };
    invitations: { leverCallsPerInvitation: number | null };
  };
  return [
    {
      figure: "Webhook ack: app / bare baseline (max rate)",
      value: `${r.targets.ratio.value} (${Math.round(r.app.maxRate.acceptedPerSecond)}/s)`,
      target: `>= ${r.targets.ratio.target}`,
    },
    {
      figure: "Webhook ack p99 at 200/s",
      value: `${r.targets.p99AtFixedRateMs.value} ms`,
      target: `<= ${r.targets.p99AtFixedRateMs.target} ms`,
    },
    {
      figure: "Stage change -> invitation at SMTP, p95",
      value: `${r.targets.invitationP95Ms.value} ms`,
      target: `<= ${r.targets.invitationP95Ms.target} ms`,
    },
    {
      figure: "Lever calls per invited candidate",
      value: String(r.invitations.leverCallsPerInvitation),
    },
  ];
}

function writeBackRows(result: Json): Row[] {
  const r = result as {
    postsPerSecond: number;
    limitPerSecond: number;
    ratio: number;
    tooManyRequests: number;
    lost: number;
    duplicates: number;
    completionP95Ms: number | null;
    drain: { leverCallsPerResult: number; results: number };
  };
  return [
    {
      figure: "Write-back: forms/s vs Lever's limit",
      value: `${r.ratio} (${r.postsPerSecond}/s of ${r.limitPerSecond}/s)`,
      target: ">= 0.9",
    },
    {
      figure: "Write-back: 429s, lost, duplicated",
      value: `${r.tooManyRequests}, ${r.lost}, ${r.duplicates} of ${r.drain.results}`,
      target: "0 lost, 0 duplicated",
    },
    {
      figure: "Completion -> feedback form in Lever, p95",
      value: `${r.completionP95Ms} ms`,
      target: "<= 5000 ms",
    },
    {
      figure: "Lever calls per result",
      value: String(r.drain.leverCallsPerResult),
    },
  ];
}

function dashboardRows(result: Json): Row[] {
  const r = result as {
    baseline: { p95Ms: number };
    pages: { path: string; p95Ms: number; js: { gzipKiB: number } }[];
    memory: { peakMiB: number };
  };
  return [
    {
      figure: "Sign-in page render p95 (no data)",
      value: `${r.baseline.p95Ms} ms`,
    },
    ...r.pages.map((page) => ({
      figure: `Render p95 ${page.path.slice(0, 40)}`,
      value: `${page.p95Ms} ms, JS ${page.js.gzipKiB} KiB`,
    })),
    { figure: "App memory peak under load", value: `${r.memory.peakMiB} MiB` },
  ];
}

function printTable(machine: string, rows: Row[]) {
  const width = Math.max(...rows.map((row) => row.figure.length)) + 2;
  const valueWidth = Math.max(...rows.map((row) => row.value.length)) + 2;
  console.log("");
  console.log(`Performance (machine: ${machine})`);
  for (const row of rows) {
    console.log(
      `${row.figure.padEnd(width)}${row.value.padEnd(valueWidth)}${row.target ?? ""}`,
    );
  }
}

runMain(main);
