import {
  index,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { organizationRef } from "./accounts";
import { createdAt, id, updatedAt } from "./columns";
import { invitations } from "./invitations";

export const emailKind = pgEnum("email_kind", ["invitation", "reminder"]);

export const emailStatus = pgEnum("email_status", [
  "sending",
  "sent",
  // No SMTP server is configured: the message waits in the dashboard outbox.
  "outbox",
  "failed",
  "bounced",
]);

/**
 * A record of every message to a candidate. The body is not stored: it
 * holds the candidate link, so it is rendered again from the invitation
 * when an admin opens the outbox. `sendKey` makes a retried job find the
 * message it already sent instead of sending a second one.
 */
export const emailMessages = pgTable(
  "email_messages",
  {
    id: id(),
    organizationId: organizationRef(),
    invitationId: uuid()
      .notNull()
      .references(() => invitations.id, { onDelete: "cascade" }),
    sendKey: text().notNull(),
    kind: emailKind().notNull(),
    recipient: text(),
    subject: text().notNull(),
    language: text().notNull(),
    status: emailStatus().notNull(),
    smtpMessageId: text(),
    smtpResponse: text(),
    error: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("email_messages_send_key").on(t.sendKey),
    index("email_messages_invitation_idx").on(t.invitationId),
    index("email_messages_organization_status_idx").on(
      t.organizationId,
      t.status,
      t.createdAt.desc(),
    ),
  ],
);
