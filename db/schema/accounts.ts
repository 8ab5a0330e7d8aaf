import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { createdAt, id, updatedAt } from "./columns";

export const membershipRole = pgEnum("membership_role", [
  "owner",
  "admin",
  "member",
]);

export const organizations = pgTable("organizations", {
  id: id(),
  name: text().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** The owning organization; its rows go when the organization does. */
export const organizationRef = () =>
  uuid()
    .notNull()
    .references(() => organizations.id, { onDelete: "cascade" });

// Emails are stored lower-cased by the code that writes them, so a plain
// unique index is enough to refuse a second account for the same address.
export const users = pgTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    passwordHash: text().notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_key").on(t.email)],
);

// One account belongs to one organization; the unique user_id encodes that.
export const memberships = pgTable(
  "memberships",
  {
    id: id(),
    organizationId: organizationRef(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: membershipRole().notNull(),
    /** Members may be allowed to score in the review queue; admins always are. */
    reviewer: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("memberships_user_id_key").on(t.userId),
    index("memberships_organization_id_idx").on(t.organizationId),
  ],
);

export const membershipInvitations = pgTable(
  "membership_invitations",
  {
    id: id(),
    organizationId: organizationRef(),
    email: text().notNull(),
    role: membershipRole().notNull(),
    tokenHash: text().notNull(),
    invitedByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("membership_invitations_token_hash_key").on(t.tokenHash),
    uniqueIndex("membership_invitations_pending_email_key")
      .on(t.organizationId, t.email)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    index("membership_invitations_organization_id_idx").on(t.organizationId),
  ],
);
