import {
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  jsonb,
} from "drizzle-orm/pg-core";

import { organizationRef } from "./accounts";
import { type AssessmentTask, cefrLevel } from "./assessments";
import { createdAt, id, updatedAt } from "./columns";
import { invitations } from "./invitations";

const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType: () => "bytea",
});

/**
 * The candidate's one attempt at an invitation. The tasks are copied when
 * the attempt starts, so editing the assessment later never changes what
 * this candidate was asked.
 */
export const attempts = pgTable(
  "attempts",
  {
    id: id(),
    organizationId: organizationRef(),
    invitationId: uuid()
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    language: text().notNull(),
    targetLevel: cefrLevel().notNull(),
    tasks: jsonb().$type<AssessmentTask[]>().notNull(),
    consentedAt: timestamp({ withTimezone: true }).notNull(),
    /** Index into `tasks` of the task the candidate is on. */
    currentTask: integer().notNull().default(0),
    snapshotIntervalSeconds: integer().notNull().default(30),
    submittedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("attempts_invitation_id_key").on(t.invitationId),
    index("attempts_organization_id_idx").on(t.organizationId),
  ],
);

export const mediaKind = pgEnum("media_kind", ["audio", "snapshot"]);

/**
 * Uploaded audio and webcam snapshots. The bytes live in PostgreSQL by
 * default (`bytes`), or in S3-compatible storage under `storageKey` when
 * configured. Erased candidates keep no media rows at all.
 */
export const mediaObjects = pgTable(
  "media_objects",
  {
    id: id(),
    organizationId: organizationRef(),
    attemptId: uuid()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    kind: mediaKind().notNull(),
    /** The task it belongs to: the answer, or the task on screen. */
    taskId: text(),
    /** Sniffed from the bytes on the server, never the client's claim. */
    contentType: text().notNull(),
    byteSize: integer().notNull(),
    sha256: text().notNull(),
    bytes: bytea(),
    storageKey: text(),
    durationSeconds: real(),
    takenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: createdAt(),
  },
  (t) => [
    index("media_objects_attempt_kind_idx").on(t.attemptId, t.kind, t.takenAt),
  ],
);

/** The candidate's answer to one task: text, or the recording it kept. */
export const taskResponses = pgTable(
  "task_responses",
  {
    id: id(),
    organizationId: organizationRef(),
    attemptId: uuid()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    taskId: text().notNull(),
    kind: text().$type<AssessmentTask["kind"]>().notNull(),
    text: text(),
    wordCount: integer(),
    audioId: uuid().references(() => mediaObjects.id, {
      onDelete: "set null",
    }),
    /** Recordings made for this task; one re-record is allowed. */
    recordings: integer().notNull().default(0),
    transcript: text(),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp({ withTimezone: true }),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("task_responses_attempt_task_key").on(t.attemptId, t.taskId),
  ],
);

export const integrityKind = pgEnum("integrity_kind", [
  "tab_hidden",
  "window_blur",
  "paste",
  "snapshot_missing",
  "camera_unavailable",
]);

/** Signals a reviewer weighs: leaving the page, pasting, no snapshots. */
export const integrityEvents = pgTable(
  "integrity_events",
  {
    id: id(),
    organizationId: organizationRef(),
    attemptId: uuid()
      .notNull()
      .references(() => attempts.id, { onDelete: "cascade" }),
    kind: integrityKind().notNull(),
    taskId: text(),
    /** Seconds away, characters pasted: whatever measures the signal. */
    amount: real(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("integrity_events_attempt_idx").on(t.attemptId, t.at)],
);
