import { sql } from "drizzle-orm";
import {
  index,
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

export const leverConnectionStatus = pgEnum("lever_connection_status", [
  // Tokens are stored; webhooks, template or perform_as are not all set up.
  "setting_up",
  "active",
  // Lever refused the refresh token: calls stop until someone reconnects.
  "needs_reconnect",
  "disconnected",
]);

/** Field ids of the feedback template, by what each field holds. */
export type TemplateFieldIds = Record<string, string>;

// One row per organization, kept after a disconnect so a reconnect reuses
// the same webhook URL and history. Tokens are AES-256-GCM ciphertexts.
export const leverConnections = pgTable(
  "lever_connections",
  {
    id: id(),
    organizationId: organizationRef(),
    status: leverConnectionStatus().notNull(),
    leverAccountId: text().notNull(),
    apiBaseUrl: text().notNull(),
    accessTokenEncrypted: text(),
    refreshTokenEncrypted: text(),
    accessTokenExpiresAt: timestamp({ withTimezone: true }),
    grantedScopes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    authorizedByLeverUserId: text(),
    connectedByUserId: uuid().references(() => users.id, {
      onDelete: "set null",
    }),
    connectedAt: timestamp({ withTimezone: true }).notNull(),
    performAsLeverUserId: text(),
    performAsName: text(),
    feedbackTemplateId: text(),
    feedbackTemplateFields: jsonb().$type<TemplateFieldIds>(),
    setupError: text(),
    lastRefreshedAt: timestamp({ withTimezone: true }),
    lastDeliveryAt: timestamp({ withTimezone: true }),
    needsReconnectSince: timestamp({ withTimezone: true }),
    disconnectedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex("lever_connections_organization_id_key").on(t.organizationId),
    uniqueIndex("lever_connections_live_account_key")
      .on(t.leverAccountId)
      .where(sql`${t.status} <> 'disconnected'`),
  ],
);

export const leverWebhooks = pgTable(
  "lever_webhooks",
  {
    id: id(),
    connectionId: uuid()
      .notNull()
      .references(() => leverConnections.id, { onDelete: "cascade" }),
    event: text().notNull(),
    leverWebhookId: text().notNull(),
    url: text().notNull(),
    signatureTokenEncrypted: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("lever_webhooks_connection_event_key").on(
      t.connectionId,
      t.event,
    ),
  ],
);

// The OAuth `state` of a Connect click: bound to the person who clicked it,
// single-use, short-lived. Only its hash is kept.
export const leverOauthStates = pgTable(
  "lever_oauth_states",
  {
    id: id(),
    stateHash: text().notNull(),
    organizationId: organizationRef(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("lever_oauth_states_state_hash_key").on(t.stateHash),
    index("lever_oauth_states_expires_at_idx").on(t.expiresAt),
  ],
);
