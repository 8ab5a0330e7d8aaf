import "server-only";

import { and, eq, isNotNull, isNull } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { attempts, results } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";

/**
 * Where the scoring of an invitation stands, for the candidate page: null
 * until the candidate has submitted.
 */
export async function scoringState(scope: Scope, invitationId: string) {
  if (!z.uuid().safeParse(invitationId).success) return null;

  const [row] = await db()
    .select({
      version: results.version,
      status: results.status,
      scorerName: results.scorerName,
    })
    .from(attempts)
    .leftJoin(
      results,
      and(
        eq(results.invitationId, attempts.invitationId),
        isNull(results.supersededAt),
      ),
    )
    .where(
      inOrganization(
        scope,
        attempts.organizationId,
        eq(attempts.invitationId, invitationId),
        isNotNull(attempts.submittedAt),
      ),
    );
  if (!row) return null;
  return { current: row.version === null ? null : row };
}
