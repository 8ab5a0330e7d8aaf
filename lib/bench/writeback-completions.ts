import { setTimeout as sleep } from "node:timers/promises";

import type { RunningSimulator } from "@/lever-simulator/src/start";
import type { Scope } from "@/lib/auth/scope";
import { referenceLine } from "@/lib/feedback/form";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { createSubmittedAttempt } from "@/lib/testing/factories";
import {
  createTestInvitation,
  createTestRule,
} from "@/lib/testing/invitations";

const SUBMISSIONS = 20;
const PACE_MS = 500;
const TIMEOUT_MS = 60_000;

/**
 * Submitted assessments with a transcript and a written answer, so the
 * baseline scorer finishes them alone: each is timed from the scoring
 * job's commit (what the candidate's Submit does) until its feedback form
 * is in the simulator.
 */
export async function measureCompletions(sim: RunningSimulator, owner: Scope) {
  const rule = await createTestRule(owner);
  const opportunities = [...sim.state.opportunities.values()]
    .filter((o) => !o.archived)
    .slice(0, SUBMISSIONS);

  const waits: Promise<number | null>[] = [];
  for (const opportunity of opportunities) {
    const invitation = await createTestInvitation(owner, {
      ruleId: rule.id,
      assessmentId: rule.assessmentId,
      opportunityId: opportunity.id,
      status: "completed",
    });
    const attempt = await createSubmittedAttempt(owner, invitation.id);
    const started = performance.now();
    await transactionWithJobs((_tx, send) =>
      send("attempts.score", { attemptId: attempt.attemptId }),
    );
    waits.push(waitForForm(sim, invitation.id, started));
    await sleep(PACE_MS);
  }

  const delays = (await Promise.all(waits)).filter((ms) => ms !== null);
  return {
    submitted: opportunities.length,
    arrived: delays.length,
    p50Ms: percentile(delays, 0.5),
    p95Ms: percentile(delays, 0.95),
  };
}

async function waitForForm(
  sim: RunningSimulator,
  invitationId: string,
  started: number,
): Promise<number | null> {
  const marker = referenceLine(invitationId);
  while (performance.now() - started < TIMEOUT_MS) {
    const found = [...sim.state.feedback.values()].some((form) =>
      form.values.some(
        (v) => typeof v.value === "string" && v.value.includes(marker),
      ),
    );
    if (found) return Math.round(performance.now() - started);
    await sleep(50);
  }
  return null;
}

function percentile(values: number[], rank: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(rank * sorted.length) - 1)] ?? null;
}
