import { and, count, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";

/** Deliveries the app accepted and stored for one connection. */
export async function countAccepted(connectionId: string): Promise<number> {
  const [row] = await db()
    .select({ n: count() })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.connectionId, connectionId),
        eq(webhookDeliveries.status, "accepted"),
      ),
    );
  return row?.n ?? 0;
}

/** How many accepted deliveries have been processed, and how many wait. */
export async function processingState(connectionId: string) {
  const rows = await db()
    .select({ state: webhookDeliveries.state, n: count() })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.connectionId, connectionId),
        eq(webhookDeliveries.status, "accepted"),
      ),
    )
    .groupBy(webhookDeliveries.state);
  const of = (state: string) => rows.find((r) => r.state === state)?.n ?? 0;
  return { processed: of("processed"), queued: of("queued") };
}
