import type { Scope } from "@/lib/auth/scope";
import { isOpenPosting } from "@/lib/lever/postings";
import { leverClientFor } from "@/lib/lever-connection/client";
import { liveConnection } from "@/lib/lever-connection/live";
import { listRules } from "@/lib/rules/rules";

export type RuleWarnings = Record<string, string[]>;

/**
 * Checks every rule against Lever as it is now: a posting that closed or
 * vanished, or a stage that no longer exists, makes the rule unable to
 * fire, and the admin should hear about it.
 */
export async function checkRulesInLever(scope: Scope): Promise<RuleWarnings> {
  const rules = await listRules(scope);
  if (rules.length === 0) return {};

  const client = leverClientFor(await liveConnection(scope));
  const postings = new Map<string, string>();
  for await (const posting of client.listPostings()) {
    postings.set(posting.id, posting.state ?? "unknown");
  }
  const stages = new Set((await client.listStages()).map((stage) => stage.id));

  const warnings: RuleWarnings = {};
  for (const rule of rules) {
    const found = ruleWarnings(rule, postings, stages);
    if (found.length > 0) warnings[rule.id] = found;
  }
  return warnings;
}

export function ruleWarnings(
  rule: {
    postingId: string | null;
    postingName: string | null;
    stageId: string;
    stageName: string;
    completionStageId: string | null;
  },
  postings: Map<string, string>,
  stages: Set<string>,
): string[] {
  const warnings: string[] = [];
  const state = rule.postingId ? postings.get(rule.postingId) : undefined;

  if (rule.postingId && state === undefined) {
    warnings.push(
      `The posting “${rule.postingName}” no longer exists in Lever.`,
    );
  } else if (rule.postingId && state && !isOpenPosting(state)) {
    warnings.push(`The posting “${rule.postingName}” is ${state} in Lever.`);
  }
  if (!stages.has(rule.stageId)) {
    warnings.push(`The stage “${rule.stageName}” no longer exists in Lever.`);
  }
  if (rule.completionStageId && !stages.has(rule.completionStageId)) {
    warnings.push("The stage to move candidates to no longer exists in Lever.");
  }
  return warnings;
}
