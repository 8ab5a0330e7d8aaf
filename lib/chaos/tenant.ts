import type { RunningSimulator } from "@/lever-simulator/src/start";
import type { Scope } from "@/lib/auth/scope";
import { enableEventGroups, stageNamed } from "@/lib/bench/tenant";
import { RULE_STAGES } from "@/lib/chaos/settings";
import { createRule, setRulePaused } from "@/lib/rules/rules";
import { ANY_POSTING, ruleFormSchema } from "@/lib/rules/schemas";
import { createTestAssessment } from "@/lib/testing/factories";
import { connectToTestLever } from "@/lib/testing/lever";

/** What the run needs of a rule to know whom it should invite. */
export type ChaosRule = {
  id: string;
  postingId: string | null;
  stageId: string;
  enabled: boolean;
};

export type ChaosTenant = { owner: Scope; rules: ChaosRule[] };

type RuleSpec = {
  posting: { id: string; text: string } | null;
  stage: string;
  assessmentId: string;
  enabled: boolean;
};

/**
 * An organization connected to the simulator through OAuth, with four
 * rules: two on one stage (any posting, and the busiest posting with
 * another assessment, so some candidates get two invitations), one on
 * another stage for the second busiest posting, and a paused one. The
 * assessments are written only, so the baseline scorer finishes them.
 */
export async function prepareChaosTenant(
  sim: RunningSimulator,
): Promise<ChaosTenant> {
  const owner = await connectToTestLever(sim);
  await enableEventGroups(sim);

  const first = await createTestAssessment(owner, "Parcel desk English");
  const second = await createTestAssessment(owner, "Dispatch English");
  const [busiest, next] = busiestOpenPostings(sim);
  const specs: RuleSpec[] = [
    {
      posting: null,
      stage: RULE_STAGES.assessment,
      assessmentId: first,
      enabled: true,
    },
    {
      posting: busiest,
      stage: RULE_STAGES.assessment,
      assessmentId: second,
      enabled: true,
    },
    {
      posting: next,
      stage: RULE_STAGES.screen,
      assessmentId: first,
      enabled: true,
    },
    {
      posting: null,
      stage: RULE_STAGES.paused,
      assessmentId: second,
      enabled: false,
    },
  ];

  const rules: ChaosRule[] = [];
  for (const spec of specs) rules.push(await addRule(sim, owner, spec));
  return { owner, rules };
}

async function addRule(
  sim: RunningSimulator,
  owner: Scope,
  spec: RuleSpec,
): Promise<ChaosRule> {
  const stage = stageNamed(sim, spec.stage);
  const rule = await createRule(
    owner,
    ruleFormSchema.parse({
      postingId: spec.posting?.id ?? ANY_POSTING,
      postingName: spec.posting?.text,
      stageId: stage.id,
      stageName: stage.text,
      assessmentId: spec.assessmentId,
    }),
  );
  if (!spec.enabled) await setRulePaused(owner, rule.id, true);

  return {
    id: rule.id,
    postingId: spec.posting?.id ?? null,
    stageId: stage.id,
    enabled: spec.enabled,
  };
}

/** The two published postings with the most candidates. */
function busiestOpenPostings(sim: RunningSimulator) {
  const counts = new Map<string, number>();
  for (const opportunity of sim.state.opportunities.values()) {
    const id = opportunity.postingId;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const open = sim.state.postings
    .filter((posting) => posting.state === "published")
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  const [busiest, next] = open;
  if (!busiest || !next) throw new Error("the simulator has too few postings");
  return [busiest, next] as const;
}
