import { and, desc, eq, isNotNull } from "drizzle-orm";

import { databaseUrl, db } from "@/db/client";
import {
  assessmentRules,
  ruleBackfillCandidates,
  ruleBackfills,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import type { LeverOpportunity } from "@/lib/lever/client";
import { LeverReconnectRequired } from "@/lib/lever/errors";
import { producerBoss } from "@/lib/jobs/boss";
import { leverClientFor } from "@/lib/lever-connection/client";
import { inviteCandidate } from "@/lib/invitations/invite";
import { recordStep } from "@/lib/invitations/timeline";
import {
  candidateFacts,
  decide,
  stageEnteredAt,
} from "@/lib/webhooks/matching";
import { rulesForStage } from "@/lib/webhooks/rules-for-stage";
import { liveConnection } from "@/lib/lever-connection/live";

export const BACKFILL_QUEUE = "rules.backfill";

const BATCH = 50;

const WAITING = "Waiting for Lever to be reconnected.";

async function* candidatesInStage(
  scope: Scope,
  stageId: string,
  postingId: string | null,
): AsyncGenerator<LeverOpportunity> {
  const client = leverClientFor(await liveConnection(scope));
  const opportunities = client.listOpportunities({
    stageId,
    postingId: postingId ?? undefined,
  });
  for await (const opportunity of opportunities) {
    if (!opportunity.archived) yield opportunity;
  }
}

/** How many active candidates sit in the stage now, for the confirmation. */
export async function countCandidatesInStage(
  scope: Scope,
  stageId: string,
  postingId: string | null,
): Promise<number> {
  let total = 0;
  for await (const _candidate of candidatesInStage(scope, stageId, postingId)) {
    total += 1;
  }
  return total;
}

/** Records a backfill for a new rule and hands it to the job queue. */
export async function startBackfill(scope: Scope, ruleId: string) {
  const backfill = await db().transaction(async (tx) => {
    const [row] = await tx
      .insert(ruleBackfills)
      .values({
        organizationId: scope.organizationId,
        ruleId,
        createdByUserId: scope.userId,
      })
      .returning({ id: ruleBackfills.id });
    if (!row) throw new Error("insert returned no row");
    await recordAudit(tx, scope, {
      kind: "rule.backfill_started",
      subjectType: "assessment_rule",
      subjectId: ruleId,
    });
    return row;
  });

  const boss = await producerBoss(databaseUrl());
  await boss.send(BACKFILL_QUEUE, {
    backfillId: backfill.id,
    organizationId: scope.organizationId,
  });
  return backfill.id;
}

/**
 * The job: lists the candidates in the rule's stage from Lever, records
 * them, and invites each one. Safe to run again: candidates already
 * handled are skipped, and invitations are unique per rule and candidate.
 */
export async function runBackfill(backfillId: string) {
  const [job] = await db()
    .select({ backfill: ruleBackfills, rule: assessmentRules })
    .from(ruleBackfills)
    .innerJoin(assessmentRules, eq(assessmentRules.id, ruleBackfills.ruleId))
    .where(eq(ruleBackfills.id, backfillId));
  if (!job || job.backfill.status === "done") return;

  const scope: Scope = {
    organizationId: job.backfill.organizationId,
    userId: job.backfill.createdByUserId ?? "",
    role: "admin",
  };
  try {
    await collectCandidates(scope, backfillId, job.rule);
  } catch (error) {
    if (error instanceof LeverReconnectRequired) {
      // Not a failure to retry: it waits, and a reconnect sends it again.
      await setProgress(backfillId, { status: "queued", error: WAITING });
      return;
    }
    await db()
      .update(ruleBackfills)
      .set({
        status: "failed",
        error: error instanceof Error ? error.message : "failed",
      })
      .where(eq(ruleBackfills.id, backfillId));
    throw error;
  }
}

async function collectCandidates(
  scope: Scope,
  backfillId: string,
  rule: typeof assessmentRules.$inferSelect,
) {
  const listed: LeverOpportunity[] = [];
  for await (const o of candidatesInStage(
    scope,
    rule.stageId,
    rule.postingId,
  )) {
    listed.push(o);
  }
  await setProgress(backfillId, { status: "running", total: listed.length });

  for (let start = 0; start < listed.length; start += BATCH) {
    const batch = listed.slice(start, start + BATCH);
    await db()
      .insert(ruleBackfillCandidates)
      .values(
        batch.map((o) => ({
          backfillId,
          opportunityId: o.id,
          candidateName: o.name ?? null,
        })),
      )
      .onConflictDoNothing();
  }

  const handled = await handledOpportunities(backfillId);
  let processed = handled.size;
  for (const opportunity of listed) {
    if (handled.has(opportunity.id)) continue;
    await inviteListed(scope, backfillId, rule, opportunity);
    processed += 1;
    if (processed % 10 === 0) await setProgress(backfillId, { processed });
  }
  await setProgress(backfillId, {
    status: "done",
    processed,
    finishedAt: new Date(),
  });
}

/**
 * Invites one candidate found in the stage, through the same decisions as
 * a webhook delivery, then marks them handled. The listing was filtered by
 * the rule's stage and posting, so those facts come from the rule.
 */
async function inviteListed(
  scope: Scope,
  backfillId: string,
  rule: typeof assessmentRules.$inferSelect,
  opportunity: LeverOpportunity,
) {
  const [stageRule] = (
    await rulesForStage(scope.organizationId, rule.stageId)
  ).filter((r) => r.id === rule.id);
  if (!stageRule) return;

  const facts = {
    ...candidateFacts(opportunity),
    postingIds: rule.postingId ? [rule.postingId] : [],
  };
  const [decision] = decide([stageRule], rule.stageId, facts);
  const step = {
    organizationId: scope.organizationId,
    opportunityId: opportunity.id,
  };
  if (decision && !decision.invite) {
    await recordStep(db(), {
      ...step,
      step: "rule.skipped",
      outcome: "skipped",
      detail: decision.reason,
    });
  } else if (decision) {
    await inviteCandidate({
      organizationId: scope.organizationId,
      rule: stageRule,
      validityDays: stageRule.validityDays,
      candidate: {
        opportunityId: opportunity.id,
        contactId: opportunity.contact ?? null,
        name: opportunity.name ?? null,
        email: facts.email ?? "",
        postingId: rule.postingId,
      },
      stageEnteredAt: stageEnteredAt(opportunity, rule.stageId, new Date()),
      source: "backfill",
    });
  }

  await db()
    .update(ruleBackfillCandidates)
    .set({ handledAt: new Date() })
    .where(
      and(
        eq(ruleBackfillCandidates.backfillId, backfillId),
        eq(ruleBackfillCandidates.opportunityId, opportunity.id),
      ),
    );
}

async function handledOpportunities(backfillId: string): Promise<Set<string>> {
  const rows = await db()
    .select({ opportunityId: ruleBackfillCandidates.opportunityId })
    .from(ruleBackfillCandidates)
    .where(
      and(
        eq(ruleBackfillCandidates.backfillId, backfillId),
        isNotNull(ruleBackfillCandidates.handledAt),
      ),
    );
  return new Set(rows.map((row) => row.opportunityId));
}

function setProgress(
  backfillId: string,
  values: Partial<typeof ruleBackfills.$inferInsert>,
) {
  return db()
    .update(ruleBackfills)
    .set(values)
    .where(eq(ruleBackfills.id, backfillId));
}

/** Sends again the backfills that stopped because Lever needed a reconnect. */
export async function resumeWaitingBackfills(scope: Scope): Promise<number> {
  const waiting = await db()
    .update(ruleBackfills)
    .set({ error: null })
    .where(
      inOrganization(
        scope,
        ruleBackfills.organizationId,
        eq(ruleBackfills.status, "queued"),
        eq(ruleBackfills.error, WAITING),
      ),
    )
    .returning({ id: ruleBackfills.id });
  if (waiting.length === 0) return 0;

  const boss = await producerBoss(databaseUrl());
  for (const { id } of waiting) {
    await boss.send(BACKFILL_QUEUE, {
      backfillId: id,
      organizationId: scope.organizationId,
    });
  }
  return waiting.length;
}

/** The newest backfill of each of the organization's rules, for the table. */
export async function listBackfills(scope: Scope) {
  const rows = await db()
    .selectDistinctOn([ruleBackfills.ruleId], {
      id: ruleBackfills.id,
      ruleId: ruleBackfills.ruleId,
      status: ruleBackfills.status,
      total: ruleBackfills.total,
      processed: ruleBackfills.processed,
      error: ruleBackfills.error,
    })
    .from(ruleBackfills)
    .where(inOrganization(scope, ruleBackfills.organizationId))
    .orderBy(ruleBackfills.ruleId, desc(ruleBackfills.createdAt));
  return rows;
}

/** The opportunities a backfill recorded, for the pipeline and for tests. */
export async function backfillCandidates(scope: Scope, backfillId: string) {
  const [backfill] = await db()
    .select({ id: ruleBackfills.id })
    .from(ruleBackfills)
    .where(
      inOrganization(
        scope,
        ruleBackfills.organizationId,
        eq(ruleBackfills.id, backfillId),
      ),
    );
  if (!backfill) throw notFound("That backfill");
  return db()
    .select()
    .from(ruleBackfillCandidates)
    .where(eq(ruleBackfillCandidates.backfillId, backfillId));
}
