import { sql } from "drizzle-orm";
import {
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { organizationRef, users } from "./accounts";
import { cefrLevel } from "./assessments";
import { attempts } from "./attempts";
import { createdAt, id, updatedAt } from "./columns";
import { invitations } from "./invitations";

export type SubSkill =
  "fluency" | "pronunciation" | "grammar" | "vocabulary" | "coherence";

export type SubScores = Partial<Record<SubSkill, number>>;

/** What a scorer or reviewer says about one task. */
export type TaskNoteRecord = {
  taskId: string;
  level: (typeof cefrLevel.enumValues)[number] | null;
  score: number | null;
  subScores: SubScores;
  notes: string[];
  transcript: string | null;
  /** A reviewer's comment on this task, when a person scored it. */
  comment?: string;
};

export const resultStatus = pgEnum("result_status", ["needs_review", "final"]);

/**
 * Every scoring of an attempt, newest last. Rows are never changed once
 * written except to be superseded: a re-score or a review adds a version,
 * so the history stays. Exactly one row per invitation is current.
 */
export const results = pgTable(
  "results",
  {
    id: id(),
    organizationId: organizationRef(),
    invitationId: uuid()
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    attemptId: uuid()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    version: integer().notNull(),
    status: resultStatus().notNull(),
    overallLevel: cefrLevel(),
    /** 0.0-10.0, one decimal. */
    overallScore: real(),
    subScores: jsonb().$type<SubScores>().notNull(),
    tasks: jsonb().$type<TaskNoteRecord[]>().notNull(),
    improvements: jsonb().$type<string[]>().notNull(),
    confidence: real().notNull(),
    reviewReasons: jsonb().$type<string[]>().notNull(),
    scorerName: text().notNull(),
    scorerVersion: text().notNull(),
    reviewedByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    reviewComment: text(),
    supersededAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("results_invitation_version_key").on(t.invitationId, t.version),
    uniqueIndex("results_current_key")
      .on(t.invitationId)
      .where(sql`${t.supersededAt} is null`),
    index("results_organization_status_idx")
      .on(t.organizationId, t.status, t.createdAt)
      .where(sql`${t.supersededAt} is null`),
  ],
);

export const feedbackState = pgEnum("feedback_state", [
  "pending",
  // The POST or PUT was sent and no answer is known yet: before another
  // try, Lever is asked whether the form already exists.
  "posting",
  "posted",
  "waiting_reconnect",
  "failed",
]);

/**
 * The write-back of one invitation's result to Lever: at most one feedback
 * form per invitation. `resultId` is the result the form shows; a newer
 * final result makes the row pending again and the same form is updated.
 */
export const feedbackPosts = pgTable(
  "feedback_posts",
  {
    id: id(),
    organizationId: organizationRef(),
    invitationId: uuid()
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    opportunityId: text().notNull(),
    resultId: uuid()
      .notNull()
      .references(() => results.id),
    postedResultId: uuid().references(() => results.id),
    state: feedbackState().notNull().default("pending"),
    leverFeedbackId: text(),
    tries: integer().notNull().default(0),
    lastTriedAt: timestamp({ withTimezone: true }),
    postedAt: timestamp({ withTimezone: true }),
    tagsAddedAt: timestamp({ withTimezone: true }),
    stageMovedAt: timestamp({ withTimezone: true }),
    lastError: text(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("feedback_posts_invitation_id_key").on(t.invitationId),
    index("feedback_posts_organization_state_idx").on(
      t.organizationId,
      t.state,
    ),
  ],
);

/**
 * The report link put in Lever (`/r/<token>`). Like candidate links the
 * token is derived from the row with a server key and only its hash is
 * stored; revoking sets `revokedAt`, and a new row gives a new link.
 */
export const reportLinks = pgTable(
  "report_links",
  {
    id: id(),
    organizationId: organizationRef(),
    invitationId: uuid()
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    createdByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    lastOpenedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("report_links_token_hash_key").on(t.tokenHash),
    index("report_links_invitation_idx").on(t.invitationId),
  ],
);
