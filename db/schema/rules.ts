import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { organizationRef, users } from "./accounts";
import { assessments, cefrLevel } from "./assessments";
import { createdAt, id, updatedAt } from "./columns";

export const ruleStatus = pgEnum("assessment_rule_status", [
  "enabled",
  "paused",
]);

/**
 * "When a candidate on posting P reaches Lever stage S, invite them to
 * assessment A." Lever ids are opaque strings; their names are copied at
 * save time so the table reads well even when Lever is unreachable.
 */
export const assessmentRules = pgTable(
  "assessment_rules",
  {
    id: id(),
    organizationId: organizationRef(),
    /** Null means any posting. */
    postingId: text(),
    postingName: text(),
    stageId: text().notNull(),
    stageName: text().notNull(),
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id),
    passLevel: cefrLevel(),
    tagOnInvite: boolean().notNull().default(false),
    tagOnComplete: boolean().notNull().default(false),
    tagWithLevel: boolean().notNull().default(false),
    completionStageId: text(),
    completionStageName: text(),
    completionStageOnlyIfPassed: boolean().notNull().default(false),
    status: ruleStatus().notNull().default("enabled"),
    pausedReason: text(),
    /** A deleted rule that had invitations stays, hidden, as their history. */
    deletedAt: timestamp({ withTimezone: true }),
    createdByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("assessment_rules_organization_stage_idx").on(
      t.organizationId,
      t.stageId,
    ),
    index("assessment_rules_assessment_id_idx").on(t.assessmentId),
    uniqueIndex("assessment_rules_posting_stage_assessment_key")
      .on(
        t.organizationId,
        sql`coalesce(${t.postingId}, '')`,
        t.stageId,
        t.assessmentId,
      )
      .where(sql`${t.deletedAt} is null`),
  ],
);

export const backfillStatus = pgEnum("backfill_status", [
  "queued",
  "running",
  "done",
  "failed",
]);

// Candidates already in a rule's stage when the rule was added, recorded
// for invitation; the invitation pipeline turns each row into an invitation.
export const ruleBackfills = pgTable(
  "rule_backfills",
  {
    id: id(),
    organizationId: organizationRef(),
    ruleId: uuid()
      .notNull()
      .references(() => assessmentRules.id, { onDelete: "cascade" }),
    status: backfillStatus().notNull().default("queued"),
    total: integer(),
    processed: integer().notNull().default(0),
    error: text(),
    createdByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    finishedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index("rule_backfills_rule_id_idx").on(t.ruleId)],
);

export const ruleBackfillCandidates = pgTable(
  "rule_backfill_candidates",
  {
    id: id(),
    backfillId: uuid()
      .notNull()
      .references(() => ruleBackfills.id, { onDelete: "cascade" }),
    opportunityId: text().notNull(),
    candidateName: text(),
    /** Set by the invitation pipeline once it has handled this candidate. */
    handledAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("rule_backfill_candidates_backfill_opportunity_key").on(
      t.backfillId,
      t.opportunityId,
    ),
  ],
);
