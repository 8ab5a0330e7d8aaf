import { randomBytes } from "node:crypto";

import { and, eq, gt, isNull, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { leverOauthStates } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { hashLinkToken } from "@/lib/security/tokens";

const STATE_LIFETIME_MS = 10 * 60 * 1000;

/** A fresh `state` for one Connect click by this person. */
export async function createOAuthState(scope: Scope): Promise<string> {
  const state = randomBytes(32).toString("base64url");
  await db()
    .insert(leverOauthStates)
    .values({
      stateHash: hashLinkToken(state),
      organizationId: scope.organizationId,
      userId: scope.userId,
      expiresAt: new Date(Date.now() + STATE_LIFETIME_MS),
    });
  return state;
}

/**
 * Uses up a `state` if it was issued to this person and is still fresh.
 * Returns the organization it was issued for, or null. A second use of the
 * same state finds it already used and gets null.
 */
export async function consumeOAuthState(
  state: string,
  userId: string,
): Promise<{ organizationId: string } | null> {
  const [row] = await db()
    .update(leverOauthStates)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(leverOauthStates.stateHash, hashLinkToken(state)),
        eq(leverOauthStates.userId, userId),
        isNull(leverOauthStates.usedAt),
        gt(leverOauthStates.expiresAt, sql`now()`),
      ),
    )
    .returning({ organizationId: leverOauthStates.organizationId });
  return row ?? null;
}
