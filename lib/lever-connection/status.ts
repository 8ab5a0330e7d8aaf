import { asc, eq } from "drizzle-orm";
import { cache } from "react";

import { db } from "@/db/client";
import { leverConnections, leverWebhooks, users } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { env } from "@/lib/env";
import { environmentLabel, leverSettings } from "@/lib/lever/config";
import { missingScopes, REQUIRED_SCOPES } from "@/lib/lever/scopes";
import { WEBHOOK_EVENTS } from "@/lib/lever-connection/setup";

export type ConnectionStatus = NonNullable<
  Awaited<ReturnType<typeof getConnectionStatus>>
>;

// The layout and the page both ask about the connection on one request;
// cache() lets them share a single read.
const loadConnection = cache(async (organizationId: string) => {
  const [row] = await db()
    .select({
      connection: leverConnections,
      connectedByName: users.name,
    })
    .from(leverConnections)
    .leftJoin(users, eq(users.id, leverConnections.connectedByUserId))
    .where(eq(leverConnections.organizationId, organizationId));
  return row ?? null;
});

/** What the connection card shows. No token ever leaves this function. */
export async function getConnectionStatus(scope: Scope) {
  const row = await loadConnection(scope.organizationId);
  if (!row || row.connection.status === "disconnected") return null;

  const { connection } = row;
  const webhooks = await db()
    .select({ event: leverWebhooks.event, createdAt: leverWebhooks.createdAt })
    .from(leverWebhooks)
    .where(eq(leverWebhooks.connectionId, connection.id))
    .orderBy(asc(leverWebhooks.createdAt));
  const settings = leverSettings(env());

  return {
    id: connection.id,
    status: connection.status,
    leverAccountId: connection.leverAccountId,
    environment: settings ? environmentLabel(settings) : connection.apiBaseUrl,
    connectedAt: connection.connectedAt,
    connectedByName: row.connectedByName ?? "A former member",
    grantedScopes: connection.grantedScopes,
    missingScopes: missingScopes(connection.grantedScopes),
    requiredScopes: REQUIRED_SCOPES,
    webhooks,
    webhooksExpected: WEBHOOK_EVENTS.length,
    lastDeliveryAt: connection.lastDeliveryAt,
    accessTokenExpiresAt: connection.accessTokenExpiresAt,
    lastRefreshedAt: connection.lastRefreshedAt,
    needsReconnectSince: connection.needsReconnectSince,
    performAs: connection.performAsLeverUserId
      ? { id: connection.performAsLeverUserId, name: connection.performAsName }
      : null,
    templateReady: Boolean(connection.feedbackTemplateId),
    setupError: connection.setupError,
  };
}

/** Whether the dashboard should show the reconnect banner. */
export async function needsReconnect(scope: Scope): Promise<boolean> {
  const row = await loadConnection(scope.organizationId);
  return row?.connection.status === "needs_reconnect";
}
