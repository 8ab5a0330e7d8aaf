import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

import type { RunningSimulator } from "@/lever-simulator/src/start";
import { leverRequests } from "@/lib/bench/lever-requests";
import type { Mailbox } from "@/lib/bench/mailbox";
import { INVITATIONS } from "@/lib/bench/settings";
import { callAdmin } from "@/lib/testing/lever-simulator";

export type InvitationFigures = {
  moved: number;
  arrived: number;
  p50Ms: number | null;
  p95Ms: number | null;
  /** Lever API calls the app made per invitation that arrived. */
  leverCallsPerInvitation: number | null;
};

type Candidate = { opportunityId: string; email: string };

/**
 * Moves candidates into the rule's stage through the simulator, which
 * posts its signed webhook to the app, and times each move until the
 * invitation for that candidate reaches the SMTP server.
 */
export async function measureInvitations(
  sim: RunningSimulator,
  mailbox: Mailbox,
  ruleStageId: string,
): Promise<InvitationFigures> {
  const candidates = pickCandidates(sim, ruleStageId);
  const waits: Promise<number | null>[] = [];
  const callsBefore = leverRequests(sim, { oauth: true });

  for (const [index, candidate] of candidates.entries()) {
    if (index > 0 && index % INVITATIONS.perBatch === 0) {
      await sleep(INVITATIONS.pauseMs);
    }
    waits.push(timeInvitation(sim, mailbox, candidate, ruleStageId));
  }

  const delays = (await Promise.all(waits)).filter((ms) => ms !== null);
  const calls = leverRequests(sim, { oauth: true }) - callsBefore;
  return {
    moved: candidates.length,
    arrived: delays.length,
    p50Ms: percentile(delays, 0.5),
    p95Ms: percentile(delays, 0.95),
    leverCallsPerInvitation: delays.length
      ? Math.round((calls / delays.length) * 10) / 10
      : null,
  };
}

async function timeInvitation(
  sim: RunningSimulator,
  mailbox: Mailbox,
  candidate: Candidate,
  stageId: string,
): Promise<number | null> {
  const path = `/opportunities/${candidate.opportunityId}/stage`;
  const movedAt = performance.now();
  await callAdmin(sim, "POST", path, { stage: stageId });
  const arrivedAt = await mailbox.arrival(
    candidate.email,
    INVITATIONS.timeoutMs,
  );
  return arrivedAt === null ? null : Math.round(arrivedAt - movedAt);
}

/**
 * Active candidates with an email, not in the rule's stage yet. Each
 * email is used once, so an arrival belongs to exactly one move.
 */
function pickCandidates(
  sim: RunningSimulator,
  ruleStageId: string,
): Candidate[] {
  const byEmail = new Map<string, Candidate>();
  for (const opportunity of sim.state.opportunities.values()) {
    // The address the app writes to: the first that looks like one.
    const email = opportunity.emails
      .find((address) => address.includes("@"))
      ?.toLowerCase();
    if (!email || opportunity.archived || opportunity.stageId === ruleStageId)
      continue;
    if (!byEmail.has(email))
      byEmail.set(email, { opportunityId: opportunity.id, email });
  }

  const candidates = [...byEmail.values()].slice(0, INVITATIONS.candidates);
  if (candidates.length < INVITATIONS.candidates) {
    throw new Error(
      `the simulator has only ${candidates.length} candidates to move`,
    );
  }
  return candidates;
}

/** Nearest-rank percentile; null when nothing was measured. */
function percentile(values: number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil(fraction * sorted.length) - 1;
  return sorted[Math.max(0, rank)] ?? null;
}
