import type { Env } from "@/lib/env";

export type LeverEnvironment = "production" | "sandbox" | "custom";

export type LeverSettings = {
  clientId: string;
  clientSecret: string;
  authorizeUrl: string;
  tokenUrl: string;
  /** No trailing slash; ends in /v1. */
  apiBaseUrl: string;
  audience: string;
  environment: LeverEnvironment;
};

type LeverHosts = Pick<
  LeverSettings,
  "authorizeUrl" | "tokenUrl" | "apiBaseUrl" | "audience"
>;

const DOCUMENTED_HOSTS: Record<"production" | "sandbox", LeverHosts> = {
  production: {
    authorizeUrl: "https://auth.lever.co/authorize",
    tokenUrl: "https://auth.lever.co/oauth/token",
    apiBaseUrl: "https://api.lever.co/v1",
    audience: "https://api.lever.co/v1/",
  },
  sandbox: {
    authorizeUrl: "https://sandbox-lever.auth0.com/authorize",
    tokenUrl: "https://sandbox-lever.auth0.com/oauth/token",
    apiBaseUrl: "https://api.sandbox.lever.co/v1",
    audience: "https://api.sandbox.lever.co/v1/",
  },
};

type LeverEnv = Pick<
  Env,
  | "LEVER_ENV"
  | "LEVER_CLIENT_ID"
  | "LEVER_CLIENT_SECRET"
  | "LEVER_AUTH_URL"
  | "LEVER_TOKEN_URL"
  | "LEVER_API_URL"
  | "LEVER_AUDIENCE"
>;

export function leverSettings(env: LeverEnv): LeverSettings | null {
  if (!env.LEVER_CLIENT_ID || !env.LEVER_CLIENT_SECRET) return null;

  const hosts = DOCUMENTED_HOSTS[env.LEVER_ENV];
  const apiBaseUrl = (env.LEVER_API_URL ?? hosts.apiBaseUrl).replace(
    /\/+$/,
    "",
  );
  // The audience is the API base with a trailing slash, matched exactly.
  const audience =
    env.LEVER_AUDIENCE ??
    (env.LEVER_API_URL ? `${apiBaseUrl}/` : hosts.audience);

  const explicit = [
    env.LEVER_AUTH_URL,
    env.LEVER_TOKEN_URL,
    env.LEVER_API_URL,
    env.LEVER_AUDIENCE,
  ].some((url) => url !== undefined);

  return {
    clientId: env.LEVER_CLIENT_ID,
    clientSecret: env.LEVER_CLIENT_SECRET,
    authorizeUrl: env.LEVER_AUTH_URL ?? hosts.authorizeUrl,
    tokenUrl: env.LEVER_TOKEN_URL ?? hosts.tokenUrl,
    apiBaseUrl,
    audience,
    environment: explicit ? "custom" : env.LEVER_ENV,
  };
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** A short name for the Lever that the settings point at, for admins. */
export function environmentLabel(
  settings: Pick<LeverSettings, "environment" | "apiBaseUrl">,
): string {
  if (settings.environment === "production") return "Lever production";
  if (settings.environment === "sandbox") return "Lever sandbox";

  const api = new URL(settings.apiBaseUrl);
  if (LOCAL_HOSTS.has(api.hostname)) {
    return `Local Lever simulator (${api.origin})`;
  }
  return `Custom Lever endpoint (${api.host})`;
}
