import "server-only";

import { and, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { memberships } from "@/db/schema";
import { canReview } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { forbidden } from "@/lib/errors";

/**
 * Whether the person may review results, read fresh from their membership
 * so that a reviewer switch turned off takes effect at once.
 */
export async function isReviewer(scope: Scope): Promise<boolean> {
  const [membership] = await db()
    .select({ role: memberships.role, reviewer: memberships.reviewer })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, scope.userId),
        eq(memberships.organizationId, scope.organizationId),
      ),
    );
  if (!membership) return false;
  return canReview(membership.role, membership.reviewer);
}

export async function assertReviewer(scope: Scope): Promise<void> {
  if (await isReviewer(scope)) return;
  throw forbidden(
    "Only reviewers can score results. Ask an owner or admin to make you a reviewer.",
  );
}
