import type { RunningSimulator } from "@/lever-simulator/src/start";
import { QUIET_STAGE, RULE_STAGE } from "@/lib/bench/settings";
import { createRule } from "@/lib/rules/rules";
import { ruleFormSchema } from "@/lib/rules/schemas";
import { webhookOf, type Hook } from "@/lib/testing/deliveries";
import { createTestAssessment } from "@/lib/testing/factories";
import { connectToTestLever } from "@/lib/testing/lever";
import { callAdmin } from "@/lib/testing/lever-simulator";

type Stage = { id: string; text: string };

export type Tenant = {
  hook: Hook;
  ruleStage: Stage;
  quietStage: Stage;
};

/**
 * A new organization connected to the simulator through the real OAuth
 * code path, with one rule (any posting, RULE_STAGE) and the simulator's
 * webhooks switched on, so a stage change there reaches the app.
 */
export async function prepareTenant(sim: RunningSimulator): Promise<Tenant> {
  const owner = await connectToTestLever(sim);
  await enableEventGroups(sim);

  const ruleStage = stageNamed(sim, RULE_STAGE);
  await createRule(
    owner,
    ruleFormSchema.parse({
      postingId: "any",
      stageId: ruleStage.id,
      stageName: ruleStage.text,
      assessmentId: await createTestAssessment(owner),
    }),
  );

  return {
    hook: await webhookOf(owner),
    ruleStage,
    quietStage: stageNamed(sim, QUIET_STAGE),
  };
}

export async function enableEventGroups(sim: RunningSimulator) {
  const { data } = await callAdmin<{ data: Record<string, boolean> }>(
    sim,
    "GET",
    "/event-groups",
  );
  for (const event of Object.keys(data)) {
    await callAdmin(sim, "PUT", `/event-groups/${event}`, { enabled: true });
  }
}

export function stageNamed(sim: RunningSimulator, text: string): Stage {
  const stage = sim.state.stages.find((s) => s.text === text);
  if (!stage) throw new Error(`the simulator has no stage "${text}"`);
  return { id: stage.id, text: stage.text };
}
