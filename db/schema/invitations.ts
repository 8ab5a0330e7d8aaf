import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { organizationRef } from "./accounts";
import { assessments } from "./assessments";
import { createdAt, id, updatedAt } from "./columns";
import { assessmentRules } from "./rules";

export const invitationStatus = pgEnum("invitation_status", [
  "created",
  "sent",
  "opened",
  "started",
  "completed",
  "scored",
  "reported",
  "expired",
  "cancelled",
  "failed",
]);

export const invitationSource = pgEnum("invitation_source", [
  "webhook",
  "backfill",
]);

/**
 * One per rule and Lever opportunity. The candidate's name and email are
 * copied from Lever when the invitation is made, and cleared when Lever
 * reports the candidate deleted (`anonymizedAt`); the row stays so counts
 * survive.
 *
 * The candidate link is never stored: it is derived from the id and
 * `linkVersion` with a server key, and only its hash is kept for lookups.
 * Bumping `linkVersion` revokes the old link.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: id(),
    organizationId: organizationRef(),
    ruleId: uuid()
      .notNull()
      .references(() => assessmentRules.id),
    assessmentId: uuid()
      .notNull()
      .references(() => assessments.id),
    opportunityId: text().notNull(),
    contactId: text(),
    candidateName: text(),
    candidateEmail: text(),
    postingId: text(),
    postingName: text(),
    stageId: text().notNull(),
    stageName: text(),
    status: invitationStatus().notNull().default("created"),
    source: invitationSource().notNull(),
    linkVersion: integer().notNull().default(1),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /**
     * When the candidate entered the stage that (re)invited them, from
     * Lever's stage history. Another delivery about the same entry is a
     * duplicate; a later entry is the candidate coming back to the stage.
     */
    stageEnteredAt: timestamp({ withTimezone: true }).notNull(),
    sentAt: timestamp({ withTimezone: true }),
    openedAt: timestamp({ withTimezone: true }),
    startedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    reminderSentAt: timestamp({ withTimezone: true }),
    cancelledAt: timestamp({ withTimezone: true }),
    sendCount: integer().notNull().default(0),
    lastError: text(),
    anonymizedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("invitations_rule_opportunity_key").on(
      t.ruleId,
      t.opportunityId,
    ),
    uniqueIndex("invitations_token_hash_key").on(t.tokenHash),
    index("invitations_organization_created_idx").on(
      t.organizationId,
      t.createdAt.desc(),
      t.id,
    ),
    index("invitations_organization_status_created_idx").on(
      t.organizationId,
      t.status,
      t.createdAt.desc(),
    ),
    index("invitations_organization_opportunity_idx").on(
      t.organizationId,
      t.opportunityId,
    ),
    index("invitations_rule_status_idx").on(t.ruleId, t.status),
    index("invitations_open_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.status} in ('created', 'sent', 'opened')`),
  ],
);

export const stepOutcome = pgEnum("step_outcome", [
  "ok",
  "skipped",
  "waiting",
  "failed",
]);

/** A job to send again when an admin presses Retry on a failed step. */
export type RetryJob = { queue: string; data: Record<string, unknown> };

/**
 * The candidate timeline: every step the pipeline took for one Lever
 * opportunity, with its outcome and, when nothing happened, why. Reasons
 * never hold names or emails, so they survive a candidate's deletion.
 */
export const pipelineEvents = pgTable(
  "pipeline_events",
  {
    id: id(),
    organizationId: organizationRef(),
    opportunityId: text().notNull(),
    invitationId: uuid().references(() => invitations.id, {
      onDelete: "cascade",
    }),
    deliveryId: uuid(),
    step: text().notNull(),
    outcome: stepOutcome().notNull(),
    detail: text(),
    retry: jsonb().$type<RetryJob>(),
    retriedAt: timestamp({ withTimezone: true }),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("pipeline_events_organization_opportunity_idx").on(
      t.organizationId,
      t.opportunityId,
      t.at,
    ),
    index("pipeline_events_invitation_idx").on(t.invitationId),
  ],
);
