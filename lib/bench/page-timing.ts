import { readFileSync } from "node:fs";

export type PageFigures = {
  path: string;
  requests: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 200: a page that failed is not a fast page. */
  errors: number;
};

const WARM_UP = 3;
const TIMED = 40;

/**
 * Times full server renders of one page, one request after another, so
 * each figure is a render and not a queue. The answer is read to the end.
 */
export async function timePage(
  appUrl: string,
  path: string,
  cookie: string | null,
): Promise<PageFigures> {
  const headers: Record<string, string> = cookie ? { cookie } : {};
  const timings: number[] = [];
  let errors = 0;

  for (let i = 0; i < WARM_UP + TIMED; i++) {
    const started = performance.now();
    const response = await fetch(`${appUrl}${path}`, {
      headers,
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (i < WARM_UP) continue;
    timings.push(performance.now() - started);
    if (response.status !== 200) errors += 1;
  }

  return {
    path,
    requests: TIMED,
    p50Ms: percentile(timings, 0.5),
    p95Ms: percentile(timings, 0.95),
    errors,
  };
}

function percentile(values: number[], rank: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(
    sorted.length - 1,
    Math.ceil(rank * sorted.length) - 1,
  );
  return Math.round((sorted[Math.max(0, index)] ?? 0) * 10) / 10;
}

/** Samples a process's resident memory until stopped; figures in MiB. */
export function sampleMemory(pid: number, everyMs = 250) {
  const samples: number[] = [];
  const read = () => {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    samples.push(Math.round(kib / 1024));
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return {
        startMiB: samples[0] ?? 0,
        peakMiB: Math.max(...samples),
        endMiB: samples.at(-1) ?? 0,
      };
    },
  };
}
