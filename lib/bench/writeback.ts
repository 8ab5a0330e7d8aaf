import { setTimeout as sleep } from "node:timers/promises";

import { and, count, eq, inArray } from "drizzle-orm";

import type { RunningSimulator } from "@/lever-simulator/src/start";
import { db } from "@/db/client";
import { feedbackPosts } from "@/db/schema";
import { leverRequests } from "@/lib/bench/lever-requests";
import type { Scope } from "@/lib/auth/scope";
import { currentLoad, describeMachine, machineLine } from "@/lib/bench/machine";
import { startStack } from "@/lib/bench/stack";
import { tearDown, tearDownOnSignals } from "@/lib/bench/teardown";
import { measureCompletions } from "@/lib/bench/writeback-completions";
import {
  seedFinalResults,
  type SeededResult,
} from "@/lib/bench/writeback-seed";
import { runMain, say } from "@/lib/cli/environment";
import { queueWriteBack } from "@/lib/feedback/queue";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { connectToTestLever } from "@/lib/testing/lever";

const RESULTS = 1_000;
const LEVER_LIMIT_PER_SECOND = 10;
const DRAIN_TIMEOUT_MS = 600_000;
// Apart from the other benchmarks' 3400 and 4490, so they can run at once.
const PORTS = { app: 3440, lever: 4440 };

const TARGETS = { minRatio: 0.9, max429Share: 0.01, maxCompletionP95Ms: 5_000 };

// `npm run bench:writeback`: 1,000 final results drained into the
// simulator under Lever's 10 requests a second, then the time from a
// submitted assessment to its feedback form in Lever.
async function main() {
  tearDownOnSignals();
  const loadBefore = currentLoad();
  let figures: Awaited<ReturnType<typeof measure>>;
  try {
    figures = await measure();
  } finally {
    say("tearing down");
    await tearDown();
  }
  // After the teardown, so the JSON is the last line of the output.
  print({ machine: describeMachine(loadBefore), ...figures });
}

async function measure() {
  const stack = await startStack(PORTS);
  say("connecting an organization to the simulator through OAuth");
  const owner = await connectToTestLever(stack.sim);
  say(`seeding ${RESULTS} final results`);
  const seeded = await seedFinalResults(stack.sim, owner, RESULTS);

  const drain = await measureDrain(stack.sim, owner, seeded);
  say("timing submitted assessments until their form is in Lever");
  const completions = await measureCompletions(stack.sim, owner);
  return { drain, completions };
}

async function measureDrain(
  sim: RunningSimulator,
  owner: Scope,
  seeded: SeededResult[],
) {
  const before = leverTraffic(sim);
  const started = performance.now();
  await transactionWithJobs(async (tx, send) => {
    for (const result of seeded) {
      await queueWriteBack(tx, send, {
        organizationId: owner.organizationId,
        ...result,
      });
    }
  });

  say(`draining ${seeded.length} write-backs into the simulator`);
  const posted = await waitForPosted(owner, seeded.length);
  const seconds = (performance.now() - started) / 1000;
  const after = leverTraffic(sim);
  const forms = formsFor(sim, seeded);
  const requests = after.requests - before.requests;

  return {
    results: seeded.length,
    posted,
    formsInLever: forms,
    lost: seeded.length - Math.min(forms, posted),
    duplicates: Math.max(0, forms - seeded.length),
    seconds: round(seconds),
    postsPerSecond: round(forms / seconds),
    leverRequests: requests,
    leverCallsPerResult: round(requests / Math.max(1, forms)),
    limitPerSecond: LEVER_LIMIT_PER_SECOND,
    requestsPerSecond: round(requests / seconds),
    // Posts, not requests: the limit counts both, but posts are the work.
    ratio: round(forms / seconds / LEVER_LIMIT_PER_SECOND),
    tooManyRequests: after.throttled - before.throttled,
  };
}

async function waitForPosted(owner: Scope, expected: number) {
  const deadline = Date.now() + DRAIN_TIMEOUT_MS;
  let posted = 0;
  while (Date.now() < deadline) {
    const [row] = await db()
      .select({ n: count() })
      .from(feedbackPosts)
      .where(
        and(
          eq(feedbackPosts.organizationId, owner.organizationId),
          inArray(feedbackPosts.state, ["posted"]),
        ),
      );
    posted = row?.n ?? 0;
    if (posted >= expected) break;
    await sleep(250);
  }
  return posted;
}

// What the simulator saw on its API: requests and 429 answers.
function leverTraffic(sim: RunningSimulator) {
  return {
    requests: leverRequests(sim),
    throttled: sim.state.statusCounts.get(429) ?? 0,
  };
}

function formsFor(sim: RunningSimulator, seeded: SeededResult[]): number {
  const opportunities = new Set(seeded.map((s) => s.opportunityId));
  return [...sim.state.feedback.values()].filter((form) =>
    opportunities.has(form.opportunityId),
  ).length;
}

const round = (n: number) => Math.round(n * 100) / 100;

type Report = Awaited<ReturnType<typeof measure>> & {
  machine: ReturnType<typeof describeMachine>;
};

function print({ machine, drain, completions }: Report) {
  const share = drain.tooManyRequests / Math.max(1, drain.leverRequests);
  const lines = [
    "",
    "Write-back benchmark",
    `machine: ${machineLine(machine)}`,
    `results drained             ${drain.results} in ${drain.seconds} s`,
    `forms in Lever              ${drain.formsInLever} (lost ${drain.lost}, duplicates ${drain.duplicates})`,
    `posts per second            ${drain.postsPerSecond}`,
    `Lever requests              ${drain.leverRequests} (${drain.leverCallsPerResult} per result, ${drain.requestsPerSecond}/s)`,
    `posts/s vs limit ${drain.limitPerSecond}/s      ${drain.ratio}   target >= ${TARGETS.minRatio} ${mark(drain.ratio >= TARGETS.minRatio)}`,
    `429s seen                   ${drain.tooManyRequests} (${(share * 100).toFixed(2)}% of requests)   target <= 1% ${mark(share <= TARGETS.max429Share)}`,
    `results lost                ${drain.lost}   target 0 ${mark(drain.lost === 0)}`,
    `completion -> form in Lever ${completions.arrived}/${completions.submitted} arrived, p50 ${completions.p50Ms} ms, p95 ${completions.p95Ms} ms   target <= ${TARGETS.maxCompletionP95Ms} ms ${mark((completions.p95Ms ?? Infinity) <= TARGETS.maxCompletionP95Ms)}`,
    "",
  ];
  console.log(lines.join("\n"));
  console.log(
    JSON.stringify({
      benchmark: "writeback",
      postsPerSecond: drain.postsPerSecond,
      limitPerSecond: drain.limitPerSecond,
      ratio: drain.ratio,
      tooManyRequests: drain.tooManyRequests,
      leverRequests: drain.leverRequests,
      lost: drain.lost,
      duplicates: drain.duplicates,
      completionP50Ms: completions.p50Ms,
      completionP95Ms: completions.p95Ms,
      machine,
      drain,
      completions,
    }),
  );
}

const mark = (met: boolean) => (met ? "met" : "MISSED");

runMain(main);
