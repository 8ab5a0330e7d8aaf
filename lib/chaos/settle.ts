import { and, count, eq, inArray, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import pRetry from "p-retry";

import { db } from "@/db/client";
import { feedbackPosts, invitations, webhookDeliveries } from "@/db/schema";
import { say } from "@/lib/cli/environment";

/**
 * Polls `check` until it answers null (done) or `deadline` (epoch ms)
 * passes; what it answered last says what was still outstanding.
 */
export async function settle(
  label: string,
  check: () => Promise<string | null>,
  deadline: number,
): Promise<void> {
  say(`waiting until ${label}`);
  await pRetry(
    async () => {
      const outstanding = await check();
      if (outstanding) throw new Error(`${label}: ${outstanding}`);
    },
    {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 500,
      maxTimeout: 2_000,
      maxRetryTime: Math.max(0, deadline - Date.now()),
    },
  );
}

/** Accepted deliveries not yet processed, or null when there are none. */
export async function unprocessedDeliveries(organizationId: string) {
  const n = await countRows(
    webhookDeliveries,
    and(
      eq(webhookDeliveries.organizationId, organizationId),
      eq(webhookDeliveries.status, "accepted"),
      inArray(webhookDeliveries.state, ["queued", "waiting"]),
    ),
  );
  return n === 0 ? null : `${n} deliveries still to process`;
}

/** Invitations whose email has not gone out yet. */
export async function unsentInvitations(organizationId: string) {
  const n = await countRows(
    invitations,
    and(
      eq(invitations.organizationId, organizationId),
      eq(invitations.status, "created"),
    ),
  );
  return n === 0 ? null : `${n} invitation emails still to send`;
}

/** Submitted invitations whose feedback form is not in Lever yet. */
export async function unpostedForms(invitationIds: string[]) {
  if (invitationIds.length === 0) return null;
  const done = await countRows(
    feedbackPosts,
    and(
      inArray(feedbackPosts.invitationId, invitationIds),
      inArray(feedbackPosts.state, ["posted", "failed"]),
    ),
  );
  const left = invitationIds.length - done;
  return left === 0 ? null : `${left} feedback forms still to post`;
}

async function countRows(table: PgTable, where: SQL | undefined) {
  const [row] = await db().select({ n: count() }).from(table).where(where);
  return row?.n ?? 0;
}
