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

import { organizationRef, users } from "./accounts";
import { createdAt, id, updatedAt } from "./columns";

export const cefrLevel = pgEnum("cefr_level", [
  "A1",
  "A2",
  "B1",
  "B2",
  "C1",
  "C2",
]);

export type SpeakingTask = {
  id: string;
  kind: "speaking";
  /** The scenario the candidate responds to, in the assessment's language. */
  prompt: string;
  preparationSeconds: number;
  maxAnswerSeconds: number;
};

export type WritingTask = {
  id: string;
  kind: "writing";
  prompt: string;
  minWords: number;
  maxWords: number;
  timeLimitSeconds: number;
};

export type AssessmentTask = SpeakingTask | WritingTask;

// Tasks are stored in order as one JSON array: they are always edited and
// read as a whole, and each keeps a stable id for answers to refer to.
export const assessments = pgTable(
  "assessments",
  {
    id: id(),
    organizationId: organizationRef(),
    name: text().notNull(),
    description: text().notNull().default(""),
    language: text().notNull(),
    targetLevel: cefrLevel().notNull(),
    validityDays: integer().notNull(),
    tasks: jsonb().$type<AssessmentTask[]>().notNull(),
    createdByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index("assessments_organization_id_idx").on(t.organizationId),
    uniqueIndex("assessments_active_name_key")
      .on(t.organizationId, t.name)
      .where(sql`${t.archivedAt} is null`),
  ],
);
