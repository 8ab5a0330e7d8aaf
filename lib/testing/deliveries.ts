import { createHmac, randomBytes } from "node:crypto";

import { and, desc, eq } from "drizzle-orm";

import { db } from "@/db/client";
import {
  leverConnections,
  leverWebhooks,
  webhookDeliveries,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { decryptSecret, encryptSecret } from "@/lib/security/encryption";
import { receiveDelivery } from "@/lib/webhooks/intake";

export type Hook = { connectionId: string; signatureToken: string };

/** The organization's connection id and its stage-change signature token. */
export async function webhookOf(scope: Scope): Promise<Hook> {
  const [row] = await db()
    .select({
      connectionId: leverConnections.id,
      token: leverWebhooks.signatureTokenEncrypted,
    })
    .from(leverConnections)
    .innerJoin(
      leverWebhooks,
      eq(leverWebhooks.connectionId, leverConnections.id),
    )
    .where(
      and(
        eq(leverConnections.organizationId, scope.organizationId),
        eq(leverWebhooks.event, "candidateStageChange"),
      ),
    );
  if (!row) throw new Error("the organization has no webhook");
  return {
    connectionId: row.connectionId,
    signatureToken: decryptSecret(row.token, encryptionKey()),
  };
}

/** A delivery signed the way Lever signs it: `token + triggeredAt`. */
export function signed(
  signatureToken: string,
  event: string,
  data: Record<string, unknown>,
  triggeredAt = Date.now(),
) {
  const token = randomBytes(24).toString("hex");
  const signature = createHmac("sha256", signatureToken)
    .update(`${token}${triggeredAt}`)
    .digest("hex");
  return { triggeredAt, event, data, token, signature };
}

/** Posts a body to the intake as the route handler would. */
export function deliver(hook: Hook, body: unknown) {
  return receiveDelivery({
    connectionId: hook.connectionId,
    body: typeof body === "string" ? body : JSON.stringify(body),
    sourceAddress: "203.0.113.7",
  });
}

/** The organization's stored deliveries, newest first. */
export function storedDeliveries(scope: Scope) {
  return db()
    .select()
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.organizationId, scope.organizationId))
    .orderBy(desc(webhookDeliveries.receivedAt));
}

/**
 * A connection row for tests that never call Lever: the intake only needs
 * it to exist and, for signed deliveries, one webhook's token.
 */
export async function createOfflineConnection(
  scope: Scope,
  signatureToken?: string,
): Promise<string> {
  const [connection] = await db()
    .insert(leverConnections)
    .values({
      organizationId: scope.organizationId,
      status: "active",
      leverAccountId: `acct-${randomBytes(8).toString("hex")}`,
      apiBaseUrl: "http://127.0.0.1:9/v1",
      grantedScopes: [],
      connectedAt: new Date(),
    })
    .returning({ id: leverConnections.id });
  if (signatureToken) {
    await db()
      .insert(leverWebhooks)
      .values({
        connectionId: connection!.id,
        event: "candidateStageChange",
        leverWebhookId: `wh-${randomBytes(4).toString("hex")}`,
        url: "http://example.test/hook",
        signatureTokenEncrypted: encryptSecret(signatureToken, encryptionKey()),
      });
  }
  return connection!.id;
}
