import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { leverConnections } from "@/db/schema";
import type { TokenSource } from "@/lib/lever/client";
import { LeverReconnectRequired } from "@/lib/lever/errors";
import { refreshTokens, type LeverTokenSet } from "@/lib/lever/oauth";
import type { LeverSettings } from "@/lib/lever/config";
import { logFor } from "@/lib/log";
import { decryptSecret, encryptSecret } from "@/lib/security/encryption";

// Refresh a little before expiry so a call never leaves with a token that
// dies in flight.
const EXPIRY_MARGIN_MS = 60_000;

// Refreshes in flight in this process, per connection. Other processes are
// kept in line by the row lock in refreshLocked().
const inFlight = new Map<string, Promise<string>>();

/**
 * Access tokens for one Lever connection, refreshed at most once at a time
 * across every process: the refresh holds the connection's row lock, and a
 * caller that waited for it finds the new token already stored.
 */
export class ConnectionTokenSource implements TokenSource {
  constructor(
    private readonly connectionId: string,
    private readonly settings: LeverSettings,
    private readonly key: Buffer,
  ) {}

  async accessToken(): Promise<string> {
    const row = await this.load();
    const token = row.accessTokenEncrypted
      ? decryptSecret(row.accessTokenEncrypted, this.key)
      : null;
    const expiresAt = row.accessTokenExpiresAt?.getTime() ?? 0;
    if (token && expiresAt - Date.now() > EXPIRY_MARGIN_MS) return token;
    return this.refresh(token);
  }

  refreshAfterRejection(rejected: string): Promise<string> {
    return this.refresh(rejected);
  }

  private async load() {
    const [row] = await db()
      .select()
      .from(leverConnections)
      .where(eq(leverConnections.id, this.connectionId));
    if (!row || row.status === "disconnected") {
      throw new LeverReconnectRequired("The Lever connection was removed.");
    }
    if (row.status === "needs_reconnect") {
      throw new LeverReconnectRequired("Lever access must be reconnected.");
    }
    return row;
  }

  private refresh(stale: string | null): Promise<string> {
    const running = inFlight.get(this.connectionId);
    if (running) return running;

    const attempt = this.refreshLocked(stale).finally(() =>
      inFlight.delete(this.connectionId),
    );
    inFlight.set(this.connectionId, attempt);
    return attempt;
  }

  private async refreshLocked(stale: string | null): Promise<string> {
    let refused: LeverReconnectRequired | null = null;

    const token = await db().transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(leverConnections)
        .where(eq(leverConnections.id, this.connectionId))
        .for("update");
      if (!row?.refreshTokenEncrypted || row.status === "needs_reconnect") {
        throw new LeverReconnectRequired("Lever access must be reconnected.");
      }

      const current = row.accessTokenEncrypted
        ? decryptSecret(row.accessTokenEncrypted, this.key)
        : null;
      const fresh =
        (row.accessTokenExpiresAt?.getTime() ?? 0) - Date.now() >
        EXPIRY_MARGIN_MS;
      // Someone else refreshed while this caller waited for the lock.
      if (current && current !== stale && fresh) return current;

      const refreshToken = decryptSecret(row.refreshTokenEncrypted, this.key);
      try {
        const tokens = await refreshTokens(this.settings, refreshToken);
        await tx
          .update(leverConnections)
          .set(this.storedTokens(tokens, refreshToken))
          .where(eq(leverConnections.id, this.connectionId));
        return tokens.accessToken;
      } catch (error) {
        if (!(error instanceof LeverReconnectRequired)) throw error;
        refused = error;
        await tx
          .update(leverConnections)
          .set({ status: "needs_reconnect", needsReconnectSince: new Date() })
          .where(eq(leverConnections.id, this.connectionId));
        await recordAudit(
          tx,
          { organizationId: row.organizationId, userId: null },
          {
            kind: "lever.access_lost",
            subjectType: "lever_connection",
            subjectId: this.connectionId,
            after: { reason: error.message },
          },
        );
        return null;
      }
    });

    if (refused || token === null) {
      logFor({ connectionId: this.connectionId }).warn(
        "Lever refused the refresh token; the connection needs a reconnect",
      );
      throw refused ?? new LeverReconnectRequired("Lever access was revoked.");
    }
    return token;
  }

  private storedTokens(tokens: LeverTokenSet, previousRefresh: string) {
    // Lever rotates refresh tokens; keep the old one only if none came back.
    return {
      accessTokenEncrypted: encryptSecret(tokens.accessToken, this.key),
      refreshTokenEncrypted: encryptSecret(
        tokens.refreshToken ?? previousRefresh,
        this.key,
      ),
      accessTokenExpiresAt: tokens.expiresAt,
      lastRefreshedAt: new Date(),
    };
  }
}
