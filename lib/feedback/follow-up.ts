import type { WriteBack } from "@/lib/feedback/context";
import { markFollowUp } from "@/lib/feedback/state";
import type { LeverClient } from "@/lib/lever/client";
import { passes } from "@/lib/rules/rating";

/** Tags the rule asks for once the result is in Lever. */
export function completionTags({ rule, result }: WriteBack): string[] {
  const level = result.overallLevel;
  return [
    ...(rule.tagOnComplete ? ["Hallo: assessment completed"] : []),
    ...(rule.tagWithLevel && level ? [`Hallo: CEFR ${level}`] : []),
  ];
}

/** Whether the rule moves this candidate on, given the result. */
export function movesStage({ rule, result }: WriteBack): boolean {
  if (!rule.completionStageId) return false;
  if (!rule.completionStageOnlyIfPassed) return true;
  return (
    result.overallLevel !== null && passes(result.overallLevel, rule.passLevel)
  );
}

/**
 * The rule's options after the first form: tags, then the stage move,
 * each done once and remembered, so a retry after a failure between them
 * does only what is left. An amended result does not move or tag again.
 */
export async function addFollowUps(client: LeverClient, context: WriteBack) {
  const { post, invitation, rule, connection } = context;

  const tags = completionTags(context);
  if (!post.tagsAddedAt && tags.length > 0) {
    await client.addTags(invitation.opportunityId, tags);
    await markFollowUp(
      context,
      "tagsAddedAt",
      `Tags added in Lever: ${tags.join(", ")}.`,
    );
  }

  if (!post.stageMovedAt && movesStage(context)) {
    await client.changeStage(
      invitation.opportunityId,
      rule.completionStageId!,
      connection?.performAsLeverUserId ?? undefined,
    );
    await markFollowUp(
      context,
      "stageMovedAt",
      `Moved to "${rule.completionStageName ?? "the next stage"}" in Lever.`,
    );
  }
}
