import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { leverConnections } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { LeverReconnectRequired } from "@/lib/lever/errors";
import { REQUIRED_SCOPES } from "@/lib/lever/scopes";
import { leverClientFor } from "@/lib/lever-connection/client";
import { ACCOUNT_TAKEN } from "@/lib/lever-connection/connect";
import { disconnectLever } from "@/lib/lever-connection/disconnect";
import {
  consumeOAuthState,
  createOAuthState,
} from "@/lib/lever-connection/oauth-state";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { getConnectionStatus } from "@/lib/lever-connection/status";
import { decryptSecret } from "@/lib/security/encryption";
import { addMember, createOrganization } from "@/lib/testing/factories";
import {
  connectToTestLever,
  releaseTestAccount,
  resetTestLever,
  startTestLever,
  type TestLever,
} from "@/lib/testing/lever";
import { callAdmin, routeRequestCount } from "@/lib/testing/lever-simulator";

let sim: TestLever;

beforeAll(async () => {
  sim = await startTestLever();
});
afterAll(async () => sim.close());
beforeEach(async () => {
  await resetTestLever(sim);
  // Every test connects the simulator's one Lever account, which may be
  // live for only one organization at a time.
  await releaseTestAccount(sim);
});

/** Connect as the owner of a new organization, all over HTTP. */
function connect(scope?: Scope, scopes?: string[]) {
  return connectToTestLever(sim, scope, scopes);
}

async function storedConnection(scope: Scope) {
  const [row] = await db()
    .select()
    .from(leverConnections)
    .where(eq(leverConnections.organizationId, scope.organizationId));
  if (!row) throw new Error("no connection stored");
  return row;
}

describe("connecting to Lever", () => {
  it("stores encrypted tokens and sets up webhooks, template and perform_as", async () => {
    const owner = await connect();

    const status = await getConnectionStatus(owner);
    expect(status).toMatchObject({
      status: "active",
      missingScopes: [],
      templateReady: true,
      setupError: null,
    });
    expect(status?.webhooks.map((w) => w.event).sort()).toEqual([
      "candidateArchiveChange",
      "candidateDeleted",
      "candidateStageChange",
    ]);
    expect(status?.performAs?.name).toBeTruthy();

    const writes = await callAdmin<{
      webhooks: unknown[];
      feedbackTemplates: unknown[];
    }>(sim, "GET", "/writes");
    expect(writes.webhooks).toHaveLength(3);
    expect(writes.feedbackTemplates).toHaveLength(1);
    const row = await storedConnection(owner);
    expect(row.accessTokenEncrypted).toMatch(/^v1:/);
    expect(row.accessTokenEncrypted).not.toContain("eyJ");
  });

  it("accepts a state only once and only from the person it was issued to", async () => {
    const owner = await createOrganization();
    const colleague = await addMember(owner, "admin");
    const state = await createOAuthState(owner);

    expect(await consumeOAuthState(state, colleague.scope.userId)).toBeNull();
    expect(await consumeOAuthState(state, owner.userId)).not.toBeNull();
    expect(await consumeOAuthState(state, owner.userId)).toBeNull();
  });

  it("refuses a Lever account already connected to another organization", async () => {
    await connect();

    await expect(connect()).rejects.toThrow(ACCOUNT_TAKEN);
  });
});

describe("setup", () => {
  it("keeps a failed step for a retry and finishes after a full grant", async () => {
    const partial = REQUIRED_SCOPES.filter((s) => s !== "webhooks:write:admin");
    const owner = await connect(undefined, partial);

    const failed = await getConnectionStatus(owner);
    expect(failed).toMatchObject({
      status: "setting_up",
      missingScopes: ["webhooks:write:admin"],
      webhooks: [],
    });
    expect(failed?.setupError).toMatch(/registering webhooks/);

    await connect(owner);
    expect(await getConnectionStatus(owner)).toMatchObject({
      status: "active",
      setupError: null,
      missingScopes: [],
    });
  });
});

describe("reconnecting", () => {
  it("sets up again what Lever no longer has", async () => {
    const owner = await connect();
    await resetTestLever(sim);

    await connect(owner);

    const writes = await callAdmin<{
      webhooks: unknown[];
      feedbackTemplates: { id: string }[];
    }>(sim, "GET", "/writes");
    expect(writes.webhooks).toHaveLength(3);
    expect(writes.feedbackTemplates).toHaveLength(1);
    const row = await storedConnection(owner);
    expect(row.feedbackTemplateId).toBe(writes.feedbackTemplates[0]?.id);
    expect((await getConnectionStatus(owner))?.webhooks).toHaveLength(3);
  });
});

describe("tokens", () => {
  it("refreshes after expiry and stores the rotated refresh token", async () => {
    const owner = await connect();
    const before = await storedConnection(owner);
    await callAdmin(sim, "POST", "/expire-tokens");
    await db()
      .update(leverConnections)
      .set({ accessTokenExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(leverConnections.id, before.id));

    await leverClientFor(before).listStages();

    const after = await storedConnection(owner);
    const key = encryptionKey();
    expect(decryptSecret(after.refreshTokenEncrypted!, key)).not.toBe(
      decryptSecret(before.refreshTokenEncrypted!, key),
    );
    expect(after.lastRefreshedAt).not.toBeNull();
  });

  it("refreshes once for 20 concurrent calls with an expired token", async () => {
    const owner = await connect();
    const connection = await storedConnection(owner);
    await callAdmin(sim, "POST", "/expire-tokens");
    const refreshesBefore = routeRequestCount(sim, "POST /oauth/token");

    // Separate clients, as separate requests would have.
    await Promise.all(
      Array.from({ length: 20 }, () => leverClientFor(connection).listStages()),
    );

    expect(routeRequestCount(sim, "POST /oauth/token")).toBe(
      refreshesBefore + 1,
    );
  });

  it("marks the connection for reconnect after a revoke and stops calling", async () => {
    const owner = await connect();
    const connection = await storedConnection(owner);
    await callAdmin(sim, "POST", "/revoke", {});

    await expect(
      leverClientFor(connection).listStages(),
    ).rejects.toBeInstanceOf(LeverReconnectRequired);
    expect((await getConnectionStatus(owner))?.status).toBe("needs_reconnect");

    const calls = routeRequestCount(sim, "GET /v1/stages");
    const refreshes = routeRequestCount(sim, "POST /oauth/token");
    await expect(
      leverClientFor(connection).listStages(),
    ).rejects.toBeInstanceOf(LeverReconnectRequired);
    expect(routeRequestCount(sim, "GET /v1/stages")).toBe(calls);
    expect(routeRequestCount(sim, "POST /oauth/token")).toBe(refreshes);
  });

  it("recovers when the admin reconnects", async () => {
    const owner = await connect();
    await callAdmin(sim, "POST", "/revoke", {});
    await expect(
      leverClientFor(await storedConnection(owner)).listStages(),
    ).rejects.toThrow();

    await connect(owner);

    expect((await getConnectionStatus(owner))?.status).toBe("active");
    await expect(
      leverClientFor(await storedConnection(owner)).listStages(),
    ).resolves.not.toHaveLength(0);
  });
});

describe("disconnecting", () => {
  it("removes our webhooks in Lever and forgets the tokens", async () => {
    const owner = await connect();

    const result = await disconnectLever(owner);

    expect(result.webhooksLeftInLever).toBe(0);
    const writes = await callAdmin<{ webhooks: unknown[] }>(
      sim,
      "GET",
      "/writes",
    );
    expect(writes.webhooks).toHaveLength(0);
    const row = await storedConnection(owner);
    expect(row).toMatchObject({
      status: "disconnected",
      accessTokenEncrypted: null,
      refreshTokenEncrypted: null,
    });
    expect(await getConnectionStatus(owner)).toBeNull();
  });
});
