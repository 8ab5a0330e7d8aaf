import { and, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { leverConnections, webhookDeliveries } from "@/db/schema";
import { inviteCandidate } from "@/lib/invitations/invite";
import { recordStep } from "@/lib/invitations/timeline";
import type { LeverClient, LeverOpportunity } from "@/lib/lever/client";
import { LeverApiError, LeverReconnectRequired } from "@/lib/lever/errors";
import { leverClientFor } from "@/lib/lever-connection/client";
import { stageChangeData } from "@/lib/webhooks/envelope";
import {
  cancelForArchive,
  purgeCandidate,
} from "@/lib/webhooks/candidate-changes";
import {
  candidateFacts,
  decide,
  REASONS,
  stageEnteredAt,
} from "@/lib/webhooks/matching";
import { rulesForStage } from "@/lib/webhooks/rules-for-stage";

type Delivery = typeof webhookDeliveries.$inferSelect;
type Connection = typeof leverConnections.$inferSelect;

export const WAITING_FOR_RECONNECT = "Waiting for Lever to be reconnected.";

/**
 * The `deliveries.process` job. Safe to run twice: a processed delivery is
 * left alone, and every write below is idempotent on its own.
 */
export async function processDelivery(deliveryId: string): Promise<void> {
  const [row] = await db()
    .select({ delivery: webhookDeliveries, connection: leverConnections })
    .from(webhookDeliveries)
    .innerJoin(
      leverConnections,
      eq(leverConnections.id, webhookDeliveries.connectionId),
    )
    .where(eq(webhookDeliveries.id, deliveryId));
  if (!row || row.delivery.state === "processed") return;

  try {
    const outcome = await handle(row.delivery, row.connection);
    await finish(deliveryId, "processed", outcome);
  } catch (error) {
    if (error instanceof LeverReconnectRequired) {
      await finish(deliveryId, "waiting", WAITING_FOR_RECONNECT);
      return;
    }
    await finish(deliveryId, "queued", `Will retry: ${describe(error)}`);
    throw error;
  }
}

async function handle(delivery: Delivery, connection: Connection) {
  if (connection.status === "needs_reconnect") {
    throw new LeverReconnectRequired();
  }
  const client = () => leverClientFor(connection);
  const opportunityId = delivery.opportunityId ?? "";

  switch (delivery.event) {
    case "candidateStageChange":
      return stageChange(delivery, client);
    case "candidateArchiveChange": {
      const opportunity = await readOpportunity(client(), opportunityId);
      if (!opportunity?.archived)
        return "Not archived in Lever: nothing to cancel.";
      return cancelForArchive(delivery, opportunityId);
    }
    case "candidateDeleted": {
      // The payload is unsigned: only Lever's own 404 confirms a deletion.
      const opportunity = await readOpportunity(client(), opportunityId);
      if (opportunity)
        return "Lever still has this candidate: nothing deleted.";
      return purgeCandidate(
        delivery.organizationId,
        opportunityId,
        delivery.id,
      );
    }
    default:
      return `Hallo does not act on ${delivery.event}.`;
  }
}

async function stageChange(delivery: Delivery, client: () => LeverClient) {
  const data = stageChangeData(delivery.data ?? {});
  const step = {
    organizationId: delivery.organizationId,
    opportunityId: data.opportunityId,
    deliveryId: delivery.id,
  };

  // Most stage changes in an account concern no rule; those cost no call.
  const rules = await rulesForStage(delivery.organizationId, data.toStageId);
  if (rules.length === 0) {
    await recordStep(db(), {
      ...step,
      step: "delivery.skipped",
      outcome: "skipped",
      detail: REASONS.noRule,
    });
    return REASONS.noRule;
  }
  if (rules.every((rule) => rule.status !== "enabled")) {
    await recordStep(db(), {
      ...step,
      step: "delivery.skipped",
      outcome: "skipped",
      detail: REASONS.paused,
    });
    return REASONS.paused;
  }

  const opportunity = await readOpportunity(client(), data.opportunityId, true);
  if (!opportunity) {
    const detail = "The candidate no longer exists in Lever.";
    await recordStep(db(), {
      ...step,
      step: "delivery.skipped",
      outcome: "skipped",
      detail,
    });
    return detail;
  }

  const facts = candidateFacts(opportunity);
  const entered = stageEnteredAt(
    opportunity,
    data.toStageId,
    delivery.triggeredAt ?? new Date(),
  );
  const outcomes: string[] = [];
  for (const decision of decide(rules, data.toStageId, facts)) {
    if (!decision.invite) {
      await recordStep(db(), {
        ...step,
        step: "rule.skipped",
        outcome: "skipped",
        detail: decision.reason,
      });
      outcomes.push(decision.reason);
      continue;
    }
    const result = await inviteCandidate({
      organizationId: delivery.organizationId,
      rule: decision.rule,
      validityDays: decision.rule.validityDays,
      candidate: {
        opportunityId: opportunity.id,
        contactId: opportunity.contact ?? null,
        name: opportunity.name ?? null,
        email: facts.email ?? "",
        postingId: facts.postingIds[0] ?? null,
      },
      stageEnteredAt: entered,
      source: "webhook",
      deliveryId: delivery.id,
    });
    outcomes.push(INVITE_OUTCOMES[result]);
  }
  return summarize(outcomes);
}

const INVITE_OUTCOMES = {
  created: "Invited.",
  reinvited: "Invited again.",
  duplicate: "Already invited.",
  begun: "Already started; left alone.",
} as const;

function summarize(outcomes: string[]): string {
  const counts = new Map<string, number>();
  for (const outcome of outcomes)
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  return [...counts]
    .map(([text, n]) => (n > 1 ? `${text} (${n} rules)` : text))
    .join(" ");
}

/** The opportunity, or null when Lever no longer has it. */
async function readOpportunity(
  client: LeverClient,
  id: string,
  expandApplications = false,
): Promise<LeverOpportunity | null> {
  try {
    return await client.getOpportunity(id, { expandApplications });
  } catch (error) {
    if (error instanceof LeverApiError && error.status === 404) return null;
    throw error;
  }
}

function finish(
  deliveryId: string,
  state: "processed" | "waiting" | "queued" | "failed",
  outcome: string,
) {
  return db()
    .update(webhookDeliveries)
    .set({
      state,
      outcome: outcome.slice(0, 500),
      processedAt: state === "processed" ? new Date() : null,
    })
    .where(and(eq(webhookDeliveries.id, deliveryId)));
}

/** Marks a delivery whose retries are spent, with a Retry on the timeline. */
export async function giveUpDelivery(deliveryId: string, error: unknown) {
  const [delivery] = await db()
    .update(webhookDeliveries)
    .set({
      state: "failed",
      outcome: `Failed: ${describe(error)}`.slice(0, 500),
    })
    .where(eq(webhookDeliveries.id, deliveryId))
    .returning();
  if (!delivery?.opportunityId) return;
  await recordStep(db(), {
    organizationId: delivery.organizationId,
    opportunityId: delivery.opportunityId,
    deliveryId,
    step: "delivery.failed",
    outcome: "failed",
    detail: `Processing ${delivery.event} failed: ${describe(error)}`,
    retry: {
      queue: "deliveries.process",
      data: { deliveryId, organizationId: delivery.organizationId },
    },
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : "unknown error";
}
