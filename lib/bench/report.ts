import type { IntakeFigures, LoadFigures } from "@/lib/bench/intake-load";
import type { InvitationFigures } from "@/lib/bench/invitations";
import { machineLine, type Machine } from "@/lib/bench/machine";
import { INVITATIONS, LOAD, TARGETS } from "@/lib/bench/settings";

export type Results = {
  machine: Machine;
  app: IntakeFigures;
  baseline: IntakeFigures;
  /** The app's delivery jobs when the load stopped. */
  backlog: { processed: number; queued: number };
  invitations: InvitationFigures;
};

type Verdict = { target: number; value: number | null; met: boolean };

/** The table for people, then the same figures as one line of JSON. */
export function printReport(results: Results): void {
  const targets = verdicts(results);
  const lines = [
    "",
    "Webhook intake benchmark",
    `machine: ${machineLine(results.machine)}`,
    "",
    ...intakeTable(results, targets),
    "",
    ...invitationLines(results.invitations, targets.invitationP95Ms),
    "",
  ];
  console.log(lines.join("\n"));
  console.log(JSON.stringify({ benchmark: "webhooks", ...results, targets }));
}

function verdicts({ app, baseline, invitations }: Results) {
  const ratio =
    baseline.maxRate.acceptedPerSecond > 0
      ? app.maxRate.acceptedPerSecond / baseline.maxRate.acceptedPerSecond
      : null;
  const p99 = app.fixedRate.p99Ms;
  const p95 =
    invitations.arrived === invitations.moved ? invitations.p95Ms : null;
  return {
    ratio: atLeast(round(ratio, 2), TARGETS.minRatio),
    p99AtFixedRateMs: atMost(p99, TARGETS.maxP99AtFixedRateMs),
    // A missing invitation fails the target whatever the others took.
    invitationP95Ms: atMost(round(p95, 0), TARGETS.maxInvitationP95Ms),
  };
}

function atLeast(value: number | null, target: number): Verdict {
  return { target, value, met: value !== null && value >= target };
}

function atMost(value: number | null, target: number): Verdict {
  return { target, value, met: value !== null && value <= target };
}

const COLUMNS = [34, 12, 12, 14, 16];

function row(...cells: string[]): string {
  return cells
    .map((cell, index) =>
      index === 0
        ? cell.padEnd(COLUMNS[0] ?? 0)
        : cell.padStart(COLUMNS[index] ?? 0),
    )
    .join("")
    .trimEnd();
}

function intakeTable(
  { app, baseline, backlog }: Results,
  targets: ReturnType<typeof verdicts>,
): string[] {
  const shape = `${LOAD.connections} connections, ${LOAD.seconds} s`;
  return [
    "Acknowledgement: signed candidateStageChange, unique tokens, no rule",
    row("", "app", "baseline", "app/baseline", "target"),
    `max rate, ${shape}`,
    row(
      "  accepted per second",
      fixed(app.maxRate.acceptedPerSecond, 0),
      fixed(baseline.maxRate.acceptedPerSecond, 0),
      fixed(targets.ratio.value, 2),
      `>= ${TARGETS.minRatio} ${mark(targets.ratio)}`,
    ),
    ...latencyRows(app.maxRate, baseline.maxRate),
    `${LOAD.fixedRate} per second, ${shape}`,
    row(
      "  accepted per second",
      fixed(app.fixedRate.acceptedPerSecond, 0),
      fixed(baseline.fixedRate.acceptedPerSecond, 0),
    ),
    ...latencyRows(app.fixedRate, baseline.fixedRate, targets.p99AtFixedRateMs),
    `app delivery jobs when the load stopped: ${backlog.processed} processed, ${backlog.queued} still queued`,
    "rows stored are counted after each run, so they include requests still in flight when it stopped",
  ];
}

function latencyRows(
  app: LoadFigures,
  baseline: LoadFigures,
  p99Target?: Verdict,
): string[] {
  const target = p99Target
    ? `<= ${p99Target.target} ms ${mark(p99Target)}`
    : "";
  return [
    row("  p50 ms", fixed(app.p50Ms, 1), fixed(baseline.p50Ms, 1)),
    row("  p99 ms", fixed(app.p99Ms, 1), fixed(baseline.p99Ms, 1), "", target),
    row(
      "  non-2xx / no answer",
      `${app.non2xx} / ${app.errors}`,
      `${baseline.non2xx} / ${baseline.errors}`,
    ),
    row("  rows stored", String(app.stored), String(baseline.stored)),
  ];
}

function invitationLines(
  figures: InvitationFigures,
  target: Verdict,
): string[] {
  const pace = `${INVITATIONS.perBatch} every ${INVITATIONS.pauseMs / 1000} s`;
  return [
    `Stage change in Lever -> invitation accepted by SMTP (${pace})`,
    row("  arrived", `${figures.arrived} / ${figures.moved}`),
    row("  p50 s", seconds(figures.p50Ms)),
    row(
      "  p95 s",
      seconds(figures.p95Ms),
      "",
      "",
      `<= ${target.target / 1000} s ${mark(target)}`,
    ),
    row(
      "  Lever calls per invitation",
      String(figures.leverCallsPerInvitation),
    ),
  ];
}

function mark(verdict: Verdict): string {
  return verdict.met ? "met" : "MISSED";
}

function fixed(value: number | null, digits: number): string {
  return value === null ? "-" : value.toFixed(digits);
}

function seconds(ms: number | null): string {
  return ms === null ? "-" : (ms / 1000).toFixed(2);
}

function round(value: number | null, digits: number): number | null {
  if (value === null) return null;
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
