import { count, desc, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";

export const DELIVERIES_PAGE_SIZE = 25;

/**
 * The organization's webhook deliveries, newest first: accepted ones with
 * what processing made of them, refused ones with the reason and sender.
 */
export async function listDeliveries(scope: Scope, page: number) {
  const where = inOrganization(scope, webhookDeliveries.organizationId);
  const [entries, [total]] = await Promise.all([
    db()
      .select({
        id: webhookDeliveries.id,
        status: webhookDeliveries.status,
        event: webhookDeliveries.event,
        opportunityId: webhookDeliveries.opportunityId,
        rejectionReason: webhookDeliveries.rejectionReason,
        sourceAddress: webhookDeliveries.sourceAddress,
        repeats: webhookDeliveries.repeats,
        state: webhookDeliveries.state,
        outcome: webhookDeliveries.outcome,
        receivedAt: webhookDeliveries.receivedAt,
      })
      .from(webhookDeliveries)
      .where(where)
      .orderBy(desc(webhookDeliveries.receivedAt), desc(webhookDeliveries.id))
      .limit(DELIVERIES_PAGE_SIZE)
      .offset((page - 1) * DELIVERIES_PAGE_SIZE),
    db().select({ total: count() }).from(webhookDeliveries).where(where),
  ]);
  return { entries, total: total?.total ?? 0 };
}

export type DeliveryEntry = Awaited<
  ReturnType<typeof listDeliveries>
>["entries"][number];

/** One delivery of the organization, or null. */
export async function findDelivery(scope: Scope, id: string) {
  const [row] = await db()
    .select()
    .from(webhookDeliveries)
    .where(
      inOrganization(
        scope,
        webhookDeliveries.organizationId,
        eq(webhookDeliveries.id, id),
      ),
    );
  return row ?? null;
}
