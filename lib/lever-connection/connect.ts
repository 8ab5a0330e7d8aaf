import { and, eq, ne } from "drizzle-orm";

import { db } from "@/db/client";
import { leverConnections, leverWebhooks } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import type { Scope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError } from "@/lib/errors";
import { exchangeCode, type LeverTokenSet } from "@/lib/lever/oauth";
import {
  callbackUrl,
  encryptionKey,
  requireLeverSettings,
} from "@/lib/lever-connection/settings";
import { runSetup } from "@/lib/lever-connection/setup";
import { resumeWaitingBackfills } from "@/lib/rules/backfill";
import { forgetConnections } from "@/lib/webhooks/intake";
import { resumeWaitingWriteBacks } from "@/lib/feedback/resume";
import { resumeWaitingDeliveries } from "@/lib/webhooks/resume";
import { encryptSecret } from "@/lib/security/encryption";

export const ACCOUNT_TAKEN =
  "This Lever account is already connected to another Hallo organization. " +
  "Disconnect it there first.";

/**
 * Finishes a Connect: exchanges the code, stores the tokens for the
 * organization, then sets up webhooks, the feedback template and the
 * perform_as user. Setup failures are stored on the connection for a retry.
 */
export async function completeConnect(scope: Scope, code: string) {
  const settings = requireLeverSettings();
  const tokens = await exchangeCode(settings, {
    code,
    redirectUri: callbackUrl(),
  });
  if (!tokens.accountId || !tokens.refreshToken) {
    throw new AppError(
      "bad_request",
      "Lever did not return a usable grant (no account id or refresh token).",
    );
  }

  const accountId = tokens.accountId;
  await assertAccountFree(scope, accountId);
  const connectionId = await storeConnection(
    scope,
    { ...tokens, accountId },
    settings.apiBaseUrl,
  );
  await runSetup(connectionId);
  forgetConnections();
  await resumeWaitingBackfills(scope);
  await resumeWaitingDeliveries(scope);
  await resumeWaitingWriteBacks(scope);
  return connectionId;
}

async function assertAccountFree(scope: Scope, accountId: string) {
  const [other] = await db()
    .select({ id: leverConnections.id })
    .from(leverConnections)
    .where(
      and(
        eq(leverConnections.leverAccountId, accountId),
        ne(leverConnections.organizationId, scope.organizationId),
        ne(leverConnections.status, "disconnected"),
      ),
    );
  if (other) throw new AppError("conflict", ACCOUNT_TAKEN);
}

async function storeConnection(
  scope: Scope,
  tokens: LeverTokenSet & { accountId: string },
  apiBaseUrl: string,
): Promise<string> {
  const key = encryptionKey();
  const values = {
    organizationId: scope.organizationId,
    status: "setting_up" as const,
    leverAccountId: tokens.accountId,
    apiBaseUrl,
    accessTokenEncrypted: encryptSecret(tokens.accessToken, key),
    refreshTokenEncrypted: encryptSecret(tokens.refreshToken ?? "", key),
    accessTokenExpiresAt: tokens.expiresAt,
    grantedScopes: tokens.scopes,
    authorizedByLeverUserId: tokens.userId,
    connectedByUserId: scope.userId,
    connectedAt: new Date(),
    setupError: null,
    needsReconnectSince: null,
    disconnectedAt: null,
  };

  try {
    return await db().transaction(async (tx) => {
      const [previous] = await tx
        .select()
        .from(leverConnections)
        .where(eq(leverConnections.organizationId, scope.organizationId))
        .for("update");
      const reset = previous?.leverAccountId !== tokens.accountId;
      if (previous && reset) {
        // Those webhooks live in the other Lever account.
        await tx
          .delete(leverWebhooks)
          .where(eq(leverWebhooks.connectionId, previous.id));
      }
      const [row] = await tx
        .insert(leverConnections)
        .values(values)
        .onConflictDoUpdate({
          target: leverConnections.organizationId,
          set: reset ? { ...values, ...FORGET_ACCOUNT_SETUP } : values,
        })
        .returning({ id: leverConnections.id });
      if (!row) throw new Error("upsert returned no row");

      await recordAudit(tx, scope, {
        kind: previous ? "lever.reconnected" : "lever.connected",
        subjectType: "lever_connection",
        subjectId: row.id,
        before: previous ? { status: previous.status } : undefined,
        after: { leverAccountId: tokens.accountId, scopes: tokens.scopes },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error, "lever_connections_live_account_key")) {
      throw new AppError("conflict", ACCOUNT_TAKEN);
    }
    throw error;
  }
}

// A different Lever account has its own template and users.
const FORGET_ACCOUNT_SETUP = {
  feedbackTemplateId: null,
  feedbackTemplateFields: null,
  performAsLeverUserId: null,
  performAsName: null,
};
