import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { startSimulator, type RunningSimulator } from "../src/start";
import type { SimulatorOptions } from "../src/config";
import type { describeSeed } from "../src/admin/views";

export const clientId = "hallo-local";
export const clientSecret = "hallo-local-secret";
export const redirectUri =
  "http://localhost:3000/api/integrations/lever/callback";

export const allScopes = [
  "offline_access",
  "postings:read:admin",
  "stages:read:admin",
  "users:read:admin",
  "opportunities:write:admin",
  "feedback_templates:write:admin",
  "feedback:write:admin",
  "notes:write:admin",
  "webhooks:write:admin",
];

export function startTestSimulator(options: SimulatorOptions = {}) {
  return startSimulator({
    port: 0,
    host: "127.0.0.1",
    rateLimit: false,
    webhookRetryBaseDelayMs: 10,
    log: () => undefined,
    ...options,
  });
}

export function authorizeUrl(
  sim: RunningSimulator,
  overrides: Record<string, string | null> = {},
): string {
  const params: Record<string, string | null> = {
    client_id: clientId,
    redirect_uri: redirectUri,
    response_type: "code",
    state: "state-123",
    audience: `${sim.url}/v1/`,
    scope: allScopes.join(" "),
    ...overrides,
  };
  const url = new URL(`${sim.url}/oauth/authorize`);
  for (const [name, value] of Object.entries(params)) {
    if (value !== null) url.searchParams.set(name, value);
  }
  return url.toString();
}

/** Submits the consent form as a browser would; returns the redirect. */
export async function decide(
  sim: RunningSimulator,
  decision: "accept" | "deny",
  options: { scopes?: string[]; userId?: string } = {},
): Promise<URL> {
  const scope = (options.scopes ?? allScopes).join(" ");
  const query = new URL(authorizeUrl(sim, { scope })).searchParams;
  const form = new URLSearchParams(query);
  form.set("decision", decision);
  form.set("user_id", options.userId ?? superAdminId(sim));
  const response = await fetch(`${sim.url}/oauth/authorize`, {
    method: "POST",
    body: form,
    redirect: "manual",
  });
  if (response.status !== 302) throw new Error(`got ${response.status}`);
  return new URL(response.headers.get("location") ?? "");
}

export function superAdminId(sim: RunningSimulator): string {
  const admin = sim.state.users.find((u) => u.accessRole === "super admin");
  return admin?.id ?? "";
}

export function tokenRequest(
  sim: RunningSimulator,
  fields: Record<string, string>,
) {
  return fetch(`${sim.url}/oauth/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      client_id: clientId,
      client_secret: clientSecret,
      ...fields,
    }),
  });
}

export interface Tokens {
  access_token: string;
  refresh_token?: string;
  token_type: string;
  scope: string;
  expires_in: number;
}

export async function connect(
  sim: RunningSimulator,
  scopes: string[] = allScopes,
): Promise<Tokens> {
  const back = await decide(sim, "accept", { scopes });
  const code = back.searchParams.get("code") ?? "";
  const response = await tokenRequest(sim, {
    grant_type: "authorization_code",
    code,
    redirect_uri: redirectUri,
  });
  if (response.status !== 200) throw new Error(await response.text());
  return (await response.json()) as Tokens;
}

/** Calls the API with a bearer token; T is the JSON shape expected. */
export async function api<T = ApiError>(
  sim: RunningSimulator,
  token: string,
  path: string,
  init: { method?: string; body?: unknown } = {},
) {
  const response = await fetch(`${sim.url}/v1${path}`, {
    method: init.method ?? "GET",
    headers: {
      authorization: `Bearer ${token}`,
      ...(init.body === undefined
        ? {}
        : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const json = (text === "" ? null : JSON.parse(text)) as T;
  return { status: response.status, json, headers: response.headers };
}

export interface ApiError {
  code: string;
  message: string;
}

export interface Page<T> {
  data: T[];
  next?: string;
  hasNext: boolean;
}

export interface One<T> {
  data: T;
}

export async function admin<T = unknown>(
  sim: RunningSimulator,
  path: string,
  init: { method?: string; body?: unknown } = {},
) {
  const response = await fetch(`${sim.url}/_admin${path}`, {
    method: init.method ?? "GET",
    headers:
      init.body === undefined ? {} : { "content-type": "application/json" },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await response.text();
  const json = (text === "" ? null : JSON.parse(text)) as T;
  return { status: response.status, json };
}

export type SeedView = ReturnType<typeof describeSeed>;

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: {
    triggeredAt: number;
    event: string;
    data: Record<string, unknown>;
    token: string;
    signature: string;
  };
}

/** A local webhook endpoint whose answers a test can script. */
export async function startReceiver(statuses: number[] = []) {
  const received: ReceivedHook[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      received.push({
        headers: req.headers,
        body: JSON.parse(
          Buffer.concat(chunks).toString("utf8"),
        ) as ReceivedHook["body"],
      });
      res.statusCode = statuses.shift() ?? 200;
      res.end("ok");
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/lever`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}
