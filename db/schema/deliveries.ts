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

import { organizations } from "./accounts";
import { id } from "./columns";
import { leverConnections } from "./lever";

export const deliveryStatus = pgEnum("webhook_delivery_status", [
  "accepted",
  "rejected",
]);

export const deliveryState = pgEnum("webhook_delivery_state", [
  "queued",
  "processed",
  "waiting",
  "failed",
]);

/**
 * Every request to a connection's webhook URL. Accepted ones are unique per
 * connection and Lever's `token`; a repeat only bumps `repeats`. Rejected
 * ones keep the reason and the sender's address, never their content.
 */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: id(),
    connectionId: uuid()
      .notNull()
      .references(() => leverConnections.id, { onDelete: "cascade" }),
    organizationId: uuid()
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    status: deliveryStatus().notNull(),
    event: text(),
    leverToken: text(),
    triggeredAt: timestamp({ withTimezone: true }),
    opportunityId: text(),
    data: jsonb().$type<Record<string, unknown>>(),
    rejectionReason: text(),
    sourceAddress: text(),
    repeats: integer().notNull().default(0),
    state: deliveryState(),
    outcome: text(),
    processedAt: timestamp({ withTimezone: true }),
    receivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("webhook_deliveries_connection_token_key").on(
      t.connectionId,
      t.leverToken,
    ),
    index("webhook_deliveries_organization_received_idx").on(
      t.organizationId,
      t.receivedAt.desc(),
    ),
    index("webhook_deliveries_opportunity_idx").on(
      t.organizationId,
      t.opportunityId,
    ),
  ],
);
