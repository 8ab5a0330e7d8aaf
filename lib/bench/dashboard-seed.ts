import { sql } from "drizzle-orm";

import { db } from "@/db/client";
import type { Scope } from "@/lib/auth/scope";
import { createTestAssessment } from "@/lib/testing/factories";

export const SEEDED = { invitations: 100_000, rules: 1_000 };

const STATUSES = [
  "sent",
  "opened",
  "started",
  "completed",
  "scored",
  "reported",
  "expired",
  "cancelled",
];

/**
 * A busy organization in a few statements: 1,000 rules over 40 postings
 * and 25 stages, and 100,000 invitations spread over them and a year.
 */
export async function seedBusyOrganization(scope: Scope): Promise<void> {
  const assessmentId = await createTestAssessment(scope, "Busy desk English");

  await db().execute(sql`
    insert into assessment_rules (
      organization_id, posting_id, posting_name, stage_id, stage_name,
      assessment_id, created_by_user_id)
    select ${scope.organizationId}, 'posting-' || i, 'Posting ' || i,
      'stage-' || i % 25, 'Stage ' || i % 25, ${assessmentId}, ${scope.userId}
    from generate_series(1, ${SEEDED.rules}) as i`);

  await db().execute(sql`
    with numbered as (
      select *, row_number() over (order by id) - 1 as n
      from assessment_rules
      where organization_id = ${scope.organizationId})
    insert into invitations (
      organization_id, rule_id, assessment_id, opportunity_id,
      candidate_name, candidate_email, posting_id, posting_name,
      stage_id, stage_name, status, source, token_hash,
      expires_at, stage_entered_at, created_at)
    select ${scope.organizationId}, r.id, r.assessment_id, 'opp-' || i,
      'Candidate ' || i, 'candidate' || i || '@example.test',
      r.posting_id, r.posting_name, r.stage_id, r.stage_name,
      (${sql.raw(`array['${STATUSES.join("','")}']`)})[1 + i % ${STATUSES.length}]
        ::invitation_status,
      'webhook', md5(${scope.organizationId} || i),
      now() + interval '30 days', now() - i * interval '5 minutes',
      now() - i * interval '5 minutes'
    from generate_series(1, ${SEEDED.invitations}) as i
    join numbered r on r.n = i % ${SEEDED.rules}`);

  await db().execute(sql`analyze`);
}
