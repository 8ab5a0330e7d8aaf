import pLimit from "p-limit";

import { pick, type Rng } from "@/lever-simulator/src/random";
import type { RunningSimulator } from "@/lever-simulator/src/start";
import { RULE_STAGE_SHARE } from "@/lib/chaos/settings";
import { callAdmin } from "@/lib/testing/lever-simulator";

type Held = { token: string; event: string };

/**
 * Moves every candidate through `movesEach` stages in the simulator while
 * it holds its deliveries back, and returns the tokens of what it held:
 * one signed candidateStageChange per move. Most moves go to stages no
 * rule watches, as in a real pipeline; the last move of each candidate is
 * to any stage, so about three in ten end on a stage with a rule.
 */
export async function moveCandidates(
  sim: RunningSimulator,
  rng: Rng,
  input: { movesEach: number; ruleStageIds: Set<string> },
): Promise<string[]> {
  await callAdmin(sim, "PUT", "/webhooks/hold", { holding: true });

  const stageIds = sim.state.stages.map((stage) => stage.id);
  const quiet = stageIds.filter((id) => !input.ruleStageIds.has(id));
  const watched = [...input.ruleStageIds];
  const plans = [...sim.state.opportunities.values()].map((opportunity) => ({
    id: opportunity.id,
    stages: Array.from({ length: input.movesEach }, (_, move) => {
      if (move === input.movesEach - 1) return pick(rng, stageIds);
      return pick(rng, rng() < RULE_STAGE_SHARE ? watched : quiet);
    }),
  }));

  // One candidate's moves in order; several candidates at once.
  const limit = pLimit(8);
  await Promise.all(
    plans.map((plan) =>
      limit(async () => {
        for (const stage of plan.stages) {
          await callAdmin(sim, "POST", `/opportunities/${plan.id}/stage`, {
            stage,
          });
        }
      }),
    ),
  );

  const held = await callAdmin<{ data: Held[] }>(sim, "GET", "/webhooks/held");
  return held.data
    .filter((delivery) => delivery.event === "candidateStageChange")
    .map((delivery) => delivery.token);
}
