import autocannon from "autocannon";

import { LOAD } from "@/lib/bench/settings";
import type { Tenant } from "@/lib/bench/tenant";
import { signed } from "@/lib/testing/deliveries";

export type LoadFigures = {
  /** 2xx answers per second of the run. */
  acceptedPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  answered: number;
  non2xx: number;
  /** Connection errors and timeouts: requests that got no answer at all. */
  errors: number;
  /** Rows the intake wrote during the run, counted in the database. */
  stored: number;
};

/** An intake under test: where to post, and how many rows it has kept. */
export type Intake = { url: string; countStored(): Promise<number> };

export type IntakeFigures = { maxRate: LoadFigures; fixedRate: LoadFigures };

/**
 * Bodies for candidateStageChange deliveries into a stage no rule uses,
 * each signed with the connection's token and carrying a token of its
 * own, so every one is new to the intake and cheap to process.
 */
export function quietDeliveries(
  tenant: Tenant,
  opportunityIds: string[],
): () => string {
  let sent = 0;
  return () => {
    const opportunityId = opportunityIds[sent % opportunityIds.length] ?? "";
    sent += 1;
    const delivery = signed(
      tenant.hook.signatureToken,
      "candidateStageChange",
      { opportunityId, toStageId: tenant.quietStage.id, fromStageId: null },
    );
    return JSON.stringify(delivery);
  };
}

/**
 * The same three runs for any intake: a short warm-up that is thrown
 * away (first requests load code), then as fast as it answers, then at
 * a fixed rate.
 */
export async function measureIntake(
  intake: Intake,
  nextBody: () => string,
): Promise<IntakeFigures> {
  await fire(intake.url, nextBody, { duration: LOAD.warmUpSeconds });

  const maxRate = await run(intake, nextBody, {});
  const fixedRate = await run(intake, nextBody, {
    overallRate: LOAD.fixedRate,
  });
  return { maxRate, fixedRate };
}

async function run(
  intake: Intake,
  nextBody: () => string,
  shape: { overallRate?: number },
): Promise<LoadFigures> {
  const before = await intake.countStored();
  const result = await fire(intake.url, nextBody, shape);
  const stored = (await intake.countStored()) - before;
  return figuresOf(result, stored);
}

function fire(
  url: string,
  nextBody: () => string,
  shape: { duration?: number; overallRate?: number },
): Promise<autocannon.Result> {
  return autocannon({
    url,
    method: "POST",
    connections: LOAD.connections,
    duration: LOAD.seconds,
    ...shape,
    headers: {
      "content-type": "application/json",
      "user-agent": "Lever-Webhooks",
    },
    requests: [
      { setupRequest: (request) => ({ ...request, body: nextBody() }) },
    ],
  });
}

function figuresOf(result: autocannon.Result, stored: number): LoadFigures {
  return {
    acceptedPerSecond: Math.round((result["2xx"] / result.duration) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    answered: result["2xx"] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors,
    stored,
  };
}
