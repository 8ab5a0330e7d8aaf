import { machineLine, type Machine } from "@/lib/bench/machine";
import type { Outage } from "@/lib/chaos/stack";
import type { Check } from "@/lib/chaos/verify";

type Report = {
  seed: number;
  machine: Machine;
  seconds: number;
  outages: Outage[];
  checks: Check[];
  counts: Record<string, number>;
};

/** The checks as a table, then one JSON line with everything. */
export function printReport(report: Report) {
  const width = Math.max(...report.checks.map((c) => c.claim.length));
  const countWidth = Math.max(
    ...Object.keys(report.counts).map((k) => k.length),
  );
  const lines = [
    "",
    "Chaos run",
    `machine: ${machineLine(report.machine)}`,
    `seed ${report.seed}; ${report.seconds} s from the first delivery to the last form`,
    ...report.outages.map(
      (o) =>
        `outage: ${o.label}, ${((o.to - o.from) / 1000).toFixed(1)} s with the grace`,
    ),
    "",
    ...Object.entries(report.counts).map(
      ([label, n]) => `${label.padEnd(countWidth)}  ${n}`,
    ),
    "",
    ...report.checks.map(
      (c) =>
        `${c.passed ? "PASS" : "FAIL"}  ${c.claim.padEnd(width)}  ${c.figure}`,
    ),
    "",
  ];
  console.log(lines.join("\n"));
  console.log(
    JSON.stringify({
      run: "chaos",
      passed: report.checks.every((c) => c.passed),
      seed: report.seed,
      seconds: report.seconds,
      outages: report.outages,
      counts: report.counts,
      checks: report.checks,
      machine: report.machine,
    }),
  );
}
