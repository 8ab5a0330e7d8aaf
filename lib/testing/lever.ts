import { randomUUID } from "node:crypto";

import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { leverConnections } from "@/db/schema";
import { startSimulator } from "@/lever-simulator/src/start";
import { callAdmin, submitConsent } from "@/lib/testing/lever-simulator";
import type { Scope } from "@/lib/auth/scope";
import { buildAuthorizeUrl } from "@/lib/lever/oauth";
import { completeConnect } from "@/lib/lever-connection/connect";
import {
  consumeOAuthState,
  createOAuthState,
} from "@/lib/lever-connection/oauth-state";
import {
  CALLBACK_PATH,
  callbackUrl,
  requireLeverSettings,
} from "@/lib/lever-connection/settings";
import { createOrganization } from "@/lib/testing/factories";
import { LOCAL_CLIENT } from "@/lib/runtime/local-lever";

export type TestLever = Awaited<ReturnType<typeof startSimulator>>;

const APP_URL = "http://localhost:3000";

/**
 * A Lever simulator on a free port, with the app's Lever settings pointed
 * at it. Call before anything reads the environment in the test file.
 */
export async function startTestLever(): Promise<TestLever> {
  const sim = await startSimulator({
    port: 0,
    webhookRetryBaseDelayMs: 10,
    log: () => {},
    clients: [
      {
        clientId: LOCAL_CLIENT.id,
        clientSecret: LOCAL_CLIENT.secret,
        redirectUris: [new URL(CALLBACK_PATH, APP_URL).toString()],
        name: "Hallo",
      },
    ],
  });

  // Test files run in parallel against one database, and a Lever account
  // may be live for one organization only: each simulator gets its own.
  const accountId = randomUUID();
  sim.state.account.id = accountId;
  accountIds.set(sim, accountId);

  Object.assign(process.env, {
    APP_URL,
    LEVER_CLIENT_ID: LOCAL_CLIENT.id,
    LEVER_CLIENT_SECRET: LOCAL_CLIENT.secret,
    LEVER_AUTH_URL: `${sim.url}/oauth/authorize`,
    LEVER_TOKEN_URL: `${sim.url}/oauth/token`,
    LEVER_API_URL: `${sim.url}/v1`,
    LEVER_AUDIENCE: `${sim.url}/v1/`,
  });
  return sim;
}

const accountIds = new WeakMap<TestLever, string>();

/** Resets the simulator to its seed, keeping this test file's account id. */
export async function resetTestLever(sim: TestLever) {
  await callAdmin(sim, "POST", "/reset", { grants: true });
  sim.state.account.id = accountIds.get(sim) ?? sim.state.account.id;
}

/** Marks this simulator's account as no longer connected anywhere. */
export async function releaseTestAccount(sim: TestLever) {
  await db()
    .update(leverConnections)
    .set({ status: "disconnected" })
    .where(eq(leverConnections.leverAccountId, sim.state.account.id));
}

/** Connects an organization (a new one by default) to the simulator. */
export async function connectToTestLever(
  sim: TestLever,
  scope?: Scope,
  scopes?: string[],
): Promise<Scope> {
  const owner = scope ?? (await createOrganization());
  const state = await createOAuthState(owner);
  const url = buildAuthorizeUrl(requireLeverSettings(), {
    state,
    redirectUri: callbackUrl(),
    scopes,
  });
  const back = await submitConsent(sim, url);
  if (back.searchParams.get("state") !== state) {
    throw new Error("the simulator did not echo the state");
  }

  await consumeOAuthState(state, owner.userId);
  await completeConnect(owner, back.searchParams.get("code") ?? "");
  return owner;
}
