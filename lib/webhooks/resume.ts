import { eq } from "drizzle-orm";

import { webhookDeliveries } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { transactionWithJobs } from "@/lib/jobs/transaction";
import { PROCESS_QUEUE } from "@/lib/webhooks/intake";

/** Queues again the deliveries that waited for Lever to be reconnected. */
export async function resumeWaitingDeliveries(scope: Scope): Promise<number> {
  return transactionWithJobs(async (tx, send) => {
    const waiting = await tx
      .update(webhookDeliveries)
      .set({ state: "queued", outcome: null })
      .where(
        inOrganization(
          scope,
          webhookDeliveries.organizationId,
          eq(webhookDeliveries.state, "waiting"),
        ),
      )
      .returning({ id: webhookDeliveries.id });

    for (const { id } of waiting) {
      await send(PROCESS_QUEUE, {
        deliveryId: id,
        organizationId: scope.organizationId,
      });
    }
    return waiting.length;
  });
}
