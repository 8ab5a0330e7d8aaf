import { randomUUID } from "node:crypto";

import { sql } from "drizzle-orm";

import type { RunningSimulator } from "@/lever-simulator/src/start";
import { db } from "@/db/client";
import type { Scope } from "@/lib/auth/scope";
import { createTestRule } from "@/lib/testing/invitations";

export type SeededResult = {
  invitationId: string;
  opportunityId: string;
  resultId: string;
};

/**
 * `count` final results, one per invitation, spread over rules and the
 * simulator's live opportunities (a rule and an opportunity make one
 * invitation, so several rules give enough of them). The rules have no
 * tags or stage moves: each write-back is one feedback post.
 */
export async function seedFinalResults(
  sim: RunningSimulator,
  owner: Scope,
  count: number,
): Promise<SeededResult[]> {
  const opportunities = [...sim.state.opportunities.values()]
    .filter((o) => !o.archived)
    .map((o) => o.id);
  const rules = await Promise.all(
    Array.from({ length: Math.ceil(count / opportunities.length) }, () =>
      createTestRule(owner),
    ),
  );

  const seeded = Array.from({ length: count }, (_, i) => ({
    invitationId: randomUUID(),
    attemptId: randomUUID(),
    resultId: randomUUID(),
    rule: rules[Math.floor(i / opportunities.length)]!,
    opportunityId: opportunities[i % opportunities.length]!,
  }));
  await insertRows(owner, seeded);
  return seeded.map(({ invitationId, opportunityId, resultId }) => ({
    invitationId,
    opportunityId,
    resultId,
  }));
}

type Row = {
  invitationId: string;
  attemptId: string;
  resultId: string;
  rule: { id: string; assessmentId: string };
  opportunityId: string;
};

async function insertRows(owner: Scope, rows: Row[]) {
  const values = (make: (row: Row) => ReturnType<typeof sql>) =>
    sql.join(rows.map(make), sql`, `);
  const org = owner.organizationId;

  await db().execute(sql`
    insert into invitations (id, organization_id, rule_id, assessment_id,
      opportunity_id, stage_id, status, source, token_hash, expires_at,
      stage_entered_at, completed_at)
    values ${values(
      (r) => sql`(${r.invitationId}, ${org}, ${r.rule.id},
      ${r.rule.assessmentId}, ${r.opportunityId}, 'bench-stage', 'scored',
      'webhook', ${`bench-${r.invitationId}`}, now() + interval '7 days',
      now(), now())`,
    )}`);
  await db().execute(sql`
    insert into attempts (id, organization_id, invitation_id, language,
      target_level, tasks, consented_at, submitted_at)
    values ${values(
      (r) => sql`(${r.attemptId}, ${org}, ${r.invitationId},
      'en-GB', 'B2', '[]'::jsonb, now(), now())`,
    )}`);
  await db().execute(sql`
    insert into results (id, organization_id, invitation_id, attempt_id,
      version, status, overall_level, overall_score, sub_scores, tasks,
      improvements, confidence, review_reasons, scorer_name, scorer_version)
    values ${values(
      (r) => sql`(${r.resultId}, ${org}, ${r.invitationId},
      ${r.attemptId}, 1, 'final', 'B2', 7.1,
      '{"grammar": 7.0, "vocabulary": 7.2}'::jsonb, '[]'::jsonb, '[]'::jsonb,
      0.8, '[]'::jsonb, 'bench', '1')`,
    )}`);
}
