import type { SimContext } from "./context";
import { badRequest, notFound } from "./errors";
import type { Archived, Opportunity, StageMove } from "./types";

/** Changes shared by the API, the board and the admin API. */
export function findOpportunity(ctx: SimContext, id: string): Opportunity {
  const opportunity = ctx.state.opportunities.get(id);
  if (!opportunity) throw notFound("Opportunity", id);
  return opportunity;
}

export function moveStage(
  ctx: SimContext,
  input: {
    opportunityId: string;
    stageId: string;
    userId: string | null;
    via: StageMove["via"];
  },
): Opportunity {
  const opportunity = findOpportunity(ctx, input.opportunityId);
  const stageIndex = ctx.state.stages.findIndex((s) => s.id === input.stageId);
  if (stageIndex < 0) throw badRequest(`Invalid stage ${input.stageId}`);

  const fromStageId = opportunity.stageId;
  const now = Date.now();
  opportunity.stageId = input.stageId;
  opportunity.stageChanges.push({
    toStageId: input.stageId,
    toStageIndex: stageIndex,
    userId: input.userId,
    updatedAt: now,
  });
  Object.assign(opportunity, {
    updatedAt: now,
    lastAdvancedAt: now,
    lastInteractionAt: now,
  });

  ctx.state.stageMoves.push({
    opportunityId: opportunity.id,
    fromStageId,
    toStageId: input.stageId,
    userId: input.userId,
    via: input.via,
    at: now,
  });
  ctx.webhooks.emit(
    "candidateStageChange",
    {
      ...identity(opportunity),
      toStageId: input.stageId,
      fromStageId,
    },
    opportunity.origin,
  );
  return opportunity;
}

export function setArchived(
  ctx: SimContext,
  opportunityId: string,
  reason: string | null,
): Opportunity {
  const opportunity = findOpportunity(ctx, opportunityId);
  if (
    reason !== null &&
    !ctx.state.archiveReasons.some((r) => r.id === reason)
  ) {
    throw badRequest(`Invalid archive reason ${reason}`);
  }

  const fromArchived = opportunity.archived;
  const now = Date.now();
  const toArchived: Archived | null =
    reason === null ? null : { reason, archivedAt: now };
  opportunity.archived = toArchived;
  opportunity.updatedAt = now;

  ctx.webhooks.emit(
    "candidateArchiveChange",
    { ...identity(opportunity), fromArchived, toArchived },
    opportunity.origin,
  );
  return opportunity;
}

export function deleteOpportunity(
  ctx: SimContext,
  opportunityId: string,
  deletedBy: string | null,
) {
  const opportunity = findOpportunity(ctx, opportunityId);
  ctx.state.opportunities.delete(opportunityId);
  ctx.state.deleted.push({ opportunity, deletedBy, deletedAt: Date.now() });

  ctx.webhooks.emit(
    "candidateDeleted",
    { ...identity(opportunity), deletedBy },
    opportunity.origin,
  );
}

export function changeTags(
  ctx: SimContext,
  input: {
    opportunityId: string;
    tags: string[];
    action: "add" | "remove";
    userId: string | null;
  },
): Opportunity {
  const opportunity = findOpportunity(ctx, input.opportunityId);
  const tags = input.tags.map((t) => t.trim()).filter((t) => t !== "");
  const current = new Set(opportunity.tags);
  for (const tag of tags) {
    if (input.action === "add") current.add(tag);
    else current.delete(tag);
  }

  opportunity.tags = [...current];
  opportunity.updatedAt = Date.now();
  ctx.state.tagChanges.push({ ...input, tags, at: opportunity.updatedAt });
  return opportunity;
}

/** candidateId is Lever's legacy name for the opportunity id. */
function identity(opportunity: Opportunity) {
  return {
    opportunityId: opportunity.id,
    candidateId: opportunity.id,
    contactId: opportunity.contactId,
  };
}
