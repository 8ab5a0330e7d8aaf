import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { forgetConnections } from "@/lib/webhooks/intake";
import { leverConnections, leverWebhooks } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Scope } from "@/lib/auth/scope";
import { leverClientFor } from "@/lib/lever-connection/client";
import { liveConnection } from "@/lib/lever-connection/live";
import { logFor } from "@/lib/log";
import { pauseAllRules } from "@/lib/rules/rules";

/**
 * Disconnects the organization from Lever: deletes our webhooks in Lever
 * while the grant still works, then forgets the tokens. Returns how many
 * webhooks could not be deleted in Lever (they stay there, unsigned for us,
 * until the app is revoked in Lever).
 */
export async function disconnectLever(scope: Scope) {
  const connection = await liveConnection(scope);

  const hooks = await db()
    .select()
    .from(leverWebhooks)
    .where(eq(leverWebhooks.connectionId, connection.id));
  const leftInLever = await deleteInLever(connection, hooks);

  await db().transaction(async (tx) => {
    const paused = await pauseAllRules(tx, scope, "Lever was disconnected");
    await tx
      .delete(leverWebhooks)
      .where(eq(leverWebhooks.connectionId, connection.id));
    await tx
      .update(leverConnections)
      .set({
        status: "disconnected",
        accessTokenEncrypted: null,
        refreshTokenEncrypted: null,
        accessTokenExpiresAt: null,
        disconnectedAt: new Date(),
      })
      .where(eq(leverConnections.id, connection.id));
    await recordAudit(tx, scope, {
      kind: "lever.disconnected",
      subjectType: "lever_connection",
      subjectId: connection.id,
      before: {
        leverAccountId: connection.leverAccountId,
        status: connection.status,
      },
      after: {
        status: "disconnected",
        webhooksLeftInLever: leftInLever,
        rulesPaused: paused.length,
      },
    });
  });
  forgetConnections();
  return { webhooksLeftInLever: leftInLever };
}

async function deleteInLever(
  connection: typeof leverConnections.$inferSelect,
  hooks: (typeof leverWebhooks.$inferSelect)[],
): Promise<number> {
  if (connection.status === "needs_reconnect") return hooks.length;

  const client = leverClientFor(connection);
  let failed = 0;
  for (const hook of hooks) {
    try {
      await client.deleteWebhook(hook.leverWebhookId);
    } catch (error) {
      failed += 1;
      logFor({ connectionId: connection.id }).warn(
        { err: error, webhookId: hook.leverWebhookId },
        "could not delete a webhook in Lever",
      );
    }
  }
  return failed;
}
