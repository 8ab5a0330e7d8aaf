import { and, isNull, lt, sql } from "drizzle-orm";

import { db } from "@/db/client";
import {
  membershipInvitations,
  rateLimits,
  webhookDeliveries,
} from "@/db/schema";
import { logFor } from "@/lib/log";

// Expired invitations stay visible this long as "expired" history before
// they are deleted.
const INVITATION_RETENTION_DAYS = 30;

// Refused webhook requests matter for a recent investigation only, and
// anyone can make more of them.
const REJECTED_DELIVERY_RETENTION_DAYS = 14;

/**
 * Deletes sign-in counters, membership invitations that have lapsed, and
 * old refused webhook requests.
 */
export async function purgeExpired(now = new Date()) {
  const limits = await db()
    .delete(rateLimits)
    .where(lt(rateLimits.expire, now))
    .returning({ key: rateLimits.key });

  const cutoff = new Date(
    now.getTime() - INVITATION_RETENTION_DAYS * 86_400_000,
  );
  const invitations = await db()
    .delete(membershipInvitations)
    .where(
      and(
        isNull(membershipInvitations.acceptedAt),
        lt(membershipInvitations.expiresAt, sql`${cutoff}`),
      ),
    )
    .returning({ id: membershipInvitations.id });

  const rejectedCutoff = new Date(
    now.getTime() - REJECTED_DELIVERY_RETENTION_DAYS * 86_400_000,
  );
  const rejected = await db()
    .delete(webhookDeliveries)
    .where(
      and(
        sql`${webhookDeliveries.status} = 'rejected'`,
        lt(webhookDeliveries.receivedAt, rejectedCutoff),
      ),
    )
    .returning({ id: webhookDeliveries.id });

  const purged = {
    rateLimits: limits.length,
    invitations: invitations.length,
    rejectedDeliveries: rejected.length,
  };
  logFor({ job: "maintenance.purge-expired" }).info(
    purged,
    "purged expired rows",
  );
  return purged;
}
