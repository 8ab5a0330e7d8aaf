import { and, isNull, lt, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { membershipInvitations, rateLimits } from "@/db/schema";
import { logFor } from "@/lib/log";

// Expired invitations stay visible this long as "expired" history before
// they are deleted.
const INVITATION_RETENTION_DAYS = 30;

/** Deletes sign-in counters and membership invitations that have lapsed. */
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

  logFor({ job: "maintenance.purge-expired" }).info(
    { rateLimits: limits.length, invitations: invitations.length },
    "purged expired rows",
  );
  return { rateLimits: limits.length, invitations: invitations.length };
}
