import {
  startSimulator,
  type RunningSimulator,
} from "@/lever-simulator/src/start";

import type { TokenSource } from "@/lib/lever/client";
import type { LeverSettings } from "@/lib/lever/config";
import {
  buildAuthorizeUrl,
  refreshTokens,
  type LeverTokenSet,
} from "@/lib/lever/oauth";

// Shared set-up for the integration tests that run against the in-process
// Lever simulator. Not imported by application code.

export const REDIRECT_URI = "http://127.0.0.1:3999/lever/callback";

const TEST_CLIENT = {
  clientId: "hallo-test",
  clientSecret: "hallo-test-secret",
  redirectUris: [REDIRECT_URI],
  name: "Hallo (tests)",
};

export type TestLever = { sim: RunningSimulator; settings: LeverSettings };

export async function startTestLever(
  options: { rateLimit?: boolean } = {},
): Promise<TestLever> {
  const sim = await startSimulator({
    port: 0,
    host: "127.0.0.1",
    webhookRetryBaseDelayMs: 10,
    rateLimit: options.rateLimit ?? false,
    clients: [TEST_CLIENT],
    log: () => {},
  });
  const settings: LeverSettings = {
    clientId: TEST_CLIENT.clientId,
    clientSecret: TEST_CLIENT.clientSecret,
    authorizeUrl: `${sim.url}/oauth/authorize`,
    tokenUrl: `${sim.url}/oauth/token`,
    apiBaseUrl: `${sim.url}/v1`,
    audience: `${sim.url}/v1/`,
    environment: "custom",
  };
  return { sim, settings };
}

/** Accepts the consent page as the Super Admin and returns the code. */
export async function authorizeAsSuperAdmin(
  { sim, settings }: TestLever,
  scopes?: string[],
): Promise<string> {
  const url = buildAuthorizeUrl(settings, {
    state: "test-state",
    redirectUri: REDIRECT_URI,
    scopes,
  });
  const location = await submitConsent(sim, url);
  const code = location.searchParams.get("code");
  if (!code) throw new Error(`No code in redirect: ${location.toString()}`);
  return code;
}

/**
 * Answers the consent page for `authorizeUrl` as the seed's Super Admin
 * would, and returns where the simulator sends the browser back to.
 */
export async function submitConsent(
  sim: RunningSimulator,
  authorizeUrl: URL,
  decision: "accept" | "deny" = "accept",
): Promise<URL> {
  const form = new URLSearchParams(authorizeUrl.searchParams);
  form.set("decision", decision);
  form.set("user_id", superAdminId(sim));

  const response = await fetch(new URL(authorizeUrl.pathname, authorizeUrl), {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  const location = response.headers.get("location");
  if (!location) throw new Error(`consent answered ${response.status}`);
  return new URL(location);
}

export function superAdminId(sim: RunningSimulator): string {
  const admin = sim.state.users.find((u) => u.accessRole === "super admin");
  if (!admin) throw new Error("The seed has no Super Admin");
  return admin.id;
}

/** Calls the simulator's admin API and returns its JSON answer, if any. */
export async function callAdmin<T = unknown>(
  sim: RunningSimulator,
  method: "GET" | "POST" | "PUT" | "DELETE",
  path: string,
  body: unknown = {},
): Promise<T> {
  const response = await fetch(`${sim.url}/_admin${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body:
      method === "GET" || method === "DELETE"
        ? undefined
        : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`Admin ${path}: ${response.status}`);
  return (response.status === 204 ? null : await response.json()) as T;
}

/** How often one route, e.g. "POST /oauth/token", has been called. */
export function routeRequestCount(
  sim: RunningSimulator,
  route: string,
): number {
  return sim.state.requestCounts.get(route) ?? 0;
}

/** Every request the simulator's API has answered so far. */
export function apiRequestCount(sim: RunningSimulator): number {
  let total = 0;
  for (const [route, count] of sim.state.requestCounts) {
    if (route.split(" ")[1]?.startsWith("/v1")) total += count;
  }
  return total;
}

/** Keeps one connection's tokens in memory, refreshing on rejection. */
export class MemoryTokenSource implements TokenSource {
  refreshCalls = 0;

  constructor(
    private readonly settings: LeverSettings,
    public tokens: LeverTokenSet,
  ) {}

  async accessToken(): Promise<string> {
    return this.tokens.accessToken;
  }

  async refreshAfterRejection(rejected: string): Promise<string> {
    this.refreshCalls += 1;
    if (rejected !== this.tokens.accessToken) return this.tokens.accessToken;
    if (!this.tokens.refreshToken) throw new Error("No refresh token");

    this.tokens = await refreshTokens(this.settings, this.tokens.refreshToken);
    return this.tokens.accessToken;
  }
}
