import { parseArgs } from "node:util";

import { leverRequests } from "@/lib/bench/lever-requests";
import { callAdmin } from "@/lib/testing/lever-simulator";
import { createRng, type Rng } from "@/lever-simulator/src/random";
import { currentLoad, describeMachine } from "@/lib/bench/machine";
import { tearDown, tearDownOnSignals } from "@/lib/bench/teardown";
import { completeAssessments, type Completions } from "@/lib/chaos/candidates";
import { planSends, sendAll, type Sent } from "@/lib/chaos/deliveries";
import { moveCandidates } from "@/lib/chaos/moves";
import { printReport } from "@/lib/chaos/report";
import {
  DEADLINE_MS,
  DELIVERIES,
  LEVER_FAULTS,
  OPPORTUNITIES,
  OUTAGES,
} from "@/lib/chaos/settings";
import {
  settle,
  unpostedForms,
  unprocessedDeliveries,
  unsentInvitations,
} from "@/lib/chaos/settle";
import { startChaosStack, type ChaosStack } from "@/lib/chaos/stack";
import { prepareChaosTenant, type ChaosTenant } from "@/lib/chaos/tenant";
import { verify } from "@/lib/chaos/verify";
import { runMain, say } from "@/lib/cli/environment";

// `npm run test:chaos [-- --seed=N]`: 10,000 signed deliveries, some
// duplicated and some forged, in shuffled order, into the built app and a
// separate worker while the app is SIGKILLed, PostgreSQL restarts and
// Lever's API fails a third of the time; then candidates take their
// assessments and the results must reach Lever exactly once.
async function main() {
  const { values } = parseArgs({
    options: { seed: { type: "string", default: String(Date.now() % 1e6) } },
  });
  const seed = Number(values.seed);
  tearDownOnSignals();
  const deadline = Date.now() + DEADLINE_MS;
  const timer = setTimeout(() => {
    say(`the run passed its ${DEADLINE_MS / 60_000} minutes: stopping`);
    void tearDown().finally(() => process.exit(1));
  }, DEADLINE_MS);

  const loadBefore = currentLoad();
  let report: Awaited<ReturnType<typeof run>>;
  try {
    report = await run(seed, deadline);
  } finally {
    clearTimeout(timer);
    say("tearing down");
    await tearDown();
  }
  printReport({ seed, machine: describeMachine(loadBefore), ...report });
  // An exit code, not exitCode: PostgreSQL's exit hook would reset it.
  if (report.checks.some((check) => !check.passed)) process.exit(1);
}

async function run(seed: number, deadline: number) {
  const rng = createRng(seed);
  const stack = await startChaosStack();
  const tenant = await prepareChaosTenant(stack.sim);

  const started = Date.now();
  const sent = await deliverUnderFire(stack, tenant, rng, deadline);
  say("candidates take their assessments");
  const completions = await completeAssessments(
    stack.appUrl,
    stack.mailbox,
    tenant.owner,
    rng,
  );
  await settle(
    "every result is in Lever",
    () => unpostedForms(completions.submitted),
    deadline,
  );
  const seconds = Math.round((Date.now() - started) / 1000);

  const checks = await verify({
    sim: stack.sim,
    organizationId: tenant.owner.organizationId,
    rules: tenant.rules,
    sent,
    outages: stack.outages,
    completions,
  });
  checks.push({
    claim: "the worker ran throughout",
    figure: stack.workerAlive() ? "alive" : "exited",
    passed: stack.workerAlive(),
  });
  const counts = countRun(stack, sent, completions);
  return { seconds, outages: stack.outages, checks, counts };
}

/**
 * Every candidate moved through its stages while the simulator holds the
 * deliveries back, then all of them sent, shuffled, with Lever's API
 * failing, the app killed and PostgreSQL restarted on the way; done when
 * everything is delivered, processed and mailed.
 */
async function deliverUnderFire(
  stack: ChaosStack,
  tenant: ChaosTenant,
  rng: Rng,
  deadline: number,
) {
  const { total, duplicateShare, forgedShare } = DELIVERIES;
  const unique = total * (1 - duplicateShare - forgedShare);
  say(`moving ${OPPORTUNITIES} candidates through ${unique} stage changes`);
  const tokens = await moveCandidates(stack.sim, rng, {
    movesEach: Math.round(unique / OPPORTUNITIES),
    ruleStageIds: new Set(tenant.rules.map((rule) => rule.stageId)),
  });

  await callAdmin(stack.sim, "PUT", "/faults", LEVER_FAULTS);
  const sent = await sendDeliveries(stack, planSends(tokens, rng));
  const organizationId = tenant.owner.organizationId;
  await settle(
    "Lever has delivered everything",
    () => stack.sim.webhooksIdle().then(() => null),
    deadline,
  );
  await settle(
    "every delivery is processed",
    () => unprocessedDeliveries(organizationId),
    deadline,
  );
  await settle(
    "every invitation is mailed",
    () => unsentInvitations(organizationId),
    deadline,
  );
  return sent;
}

function countRun(stack: ChaosStack, sent: Sent[], completions: Completions) {
  const forged = sent.filter((s) => s.forge).length;
  const genuine = new Set(sent.filter((s) => !s.forge).map((s) => s.token));
  const attempts = stack.sim.state.deliveries;
  const status = (code: number) => stack.sim.state.statusCounts.get(code) ?? 0;
  return {
    "deliveries sent": sent.length,
    "distinct genuine deliveries": genuine.size,
    "duplicates sent": sent.length - forged - genuine.size,
    "forged sent": forged,
    "delivery attempts (with Lever's retries)": attempts.length,
    "failed delivery attempts": attempts.filter((a) => !a.ok).length,
    "invited candidates": completions.invited,
    "assessments submitted": completions.submitted.length,
    "feedback forms in Lever": stack.sim.state.feedback.size,
    "Lever API requests": leverRequests(stack.sim),
    "Lever API 503s injected": status(LEVER_FAULTS.errorStatus),
    "Lever API 429s": status(429),
  };
}

function sendDeliveries(
  stack: ChaosStack,
  sends: ReturnType<typeof planSends>,
) {
  say(`sending ${sends.length} deliveries at ${DELIVERIES.perSecond}/s`);
  return sendAll(stack.sim, sends, [
    {
      share: OUTAGES.killApp,
      run: () => (say("SIGKILL the app"), stack.killApp()),
    },
    {
      share: OUTAGES.restartPostgres,
      run: () => (say("restart PostgreSQL"), stack.restartPostgres()),
    },
  ]);
}

runMain(main);
