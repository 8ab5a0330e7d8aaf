import DataLoader from "dataloader";

import type { Executor } from "@/db/client";
import { webhookDeliveries } from "@/db/schema";
import { transactionWithJobs } from "@/lib/jobs/transaction";

export const PROCESS_QUEUE = "deliveries.process";

export type NewDelivery = {
  connectionId: string;
  organizationId: string;
  event: string;
  leverToken: string;
  triggeredAt: Date;
  opportunityId: string | null;
  data: Record<string, unknown>;
  /** False for deliveries stored only as a record (test pings, events we ignore). */
  handled: boolean;
  outcome: string | null;
};

export type StoreOutcome = "stored" | "repeat";

// Group commit. Deliveries that arrive while earlier ones are still being
// written wait and then go to PostgreSQL together: one transaction, one
// insert for the deliveries and one for their jobs. At a trickle every
// delivery has its own transaction at once; under load the commits, not
// the requests, are what is shared.
const MAX_RUNNING = 4;
const MAX_BATCH = 64;

let running = 0;
const waiting: (() => void)[] = [];

function schedule(dispatch: () => void) {
  if (running < MAX_RUNNING) setImmediate(dispatch);
  else waiting.push(dispatch);
}

function release() {
  running -= 1;
  const next = waiting.shift();
  if (next) setImmediate(next);
}

const loader = new DataLoader<NewDelivery, StoreOutcome>(storeBatch, {
  cache: false,
  maxBatchSize: MAX_BATCH,
  batchScheduleFn: schedule,
});

/**
 * Stores a delivery once per connection and Lever token and queues its
 * processing in the same transaction. "repeat" when Lever sent that token
 * before (also within the same batch).
 */
export function storeDelivery(delivery: NewDelivery): Promise<StoreOutcome> {
  return loader.load(delivery);
}

async function storeBatch(
  deliveries: readonly NewDelivery[],
): Promise<StoreOutcome[]> {
  running += 1;
  try {
    const stored = await transactionWithJobs((tx, _send, insert) =>
      insertAll(tx, deliveries, (jobs) => insert(PROCESS_QUEUE, jobs)),
    );
    return firstOfEachToken(deliveries, stored);
  } finally {
    release();
  }
}

type Job = { deliveryId: string; organizationId: string };

async function insertAll(
  tx: Executor,
  deliveries: readonly NewDelivery[],
  queue: (jobs: Job[]) => Promise<void>,
): Promise<Set<string>> {
  const now = new Date();
  const rows = await tx
    .insert(webhookDeliveries)
    .values(
      deliveries.map((d) => ({
        connectionId: d.connectionId,
        organizationId: d.organizationId,
        status: "accepted" as const,
        event: d.event,
        leverToken: d.leverToken,
        triggeredAt: d.triggeredAt,
        opportunityId: d.opportunityId,
        data: d.data,
        state: d.handled ? ("queued" as const) : ("processed" as const),
        outcome: d.outcome,
        processedAt: d.handled ? null : now,
      })),
    )
    .onConflictDoNothing()
    .returning({
      id: webhookDeliveries.id,
      organizationId: webhookDeliveries.organizationId,
      connectionId: webhookDeliveries.connectionId,
      leverToken: webhookDeliveries.leverToken,
      state: webhookDeliveries.state,
    });

  await queue(
    rows
      .filter((row) => row.state === "queued")
      .map((row) => ({
        deliveryId: row.id,
        organizationId: row.organizationId,
      })),
  );
  return new Set(rows.map((row) => `${row.connectionId}:${row.leverToken}`));
}

// A token sent twice in one batch is stored once: the first of them is the
// delivery, the rest are repeats.
function firstOfEachToken(
  deliveries: readonly NewDelivery[],
  stored: Set<string>,
): StoreOutcome[] {
  const seen = new Set<string>();
  return deliveries.map((delivery) => {
    const key = `${delivery.connectionId}:${delivery.leverToken}`;
    const first = !seen.has(key);
    seen.add(key);
    return first && stored.has(key) ? "stored" : "repeat";
  });
}
