import { decodeJwt } from "jose";
import * as oauth from "oauth4webapi";
import { z } from "zod";

import type { LeverSettings } from "./config";
import { LeverOAuthError, LeverReconnectRequired } from "./errors";
import { parseScopes, REQUIRED_SCOPES } from "./scopes";

export type LeverTokenSet = {
  accessToken: string;
  refreshToken: string | null;
  expiresAt: Date;
  scopes: string[];
  accountId: string | null;
  userId: string | null;
};

const TOKEN_TIMEOUT_MS = 15_000;
const DEFAULT_LIFETIME_SECONDS = 3600;

export function buildAuthorizeUrl(
  settings: LeverSettings,
  options: { state: string; redirectUri: string; scopes?: string[] },
): URL {
  const scopes = new Set(options.scopes ?? REQUIRED_SCOPES);
  // Without offline_access Lever issues no refresh token.
  scopes.add("offline_access");

  const url = new URL(settings.authorizeUrl);
  url.searchParams.set("client_id", settings.clientId);
  url.searchParams.set("redirect_uri", options.redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("state", options.state);
  url.searchParams.set("audience", settings.audience);
  url.searchParams.set("scope", [...scopes].join(" "));
  url.searchParams.set("prompt", "consent");
  return url;
}

export async function exchangeCode(
  settings: LeverSettings,
  options: { code: string; redirectUri: string },
): Promise<LeverTokenSet> {
  const { as, client, auth } = oauthParties(settings);
  // The caller has already compared `state`; only the code is needed here.
  const params = oauth.validateAuthResponse(
    as,
    client,
    new URLSearchParams({ code: options.code }),
    oauth.skipStateCheck,
  );

  const response = await callTokenEndpoint(() =>
    oauth.authorizationCodeGrantRequest(
      as,
      client,
      auth,
      params,
      options.redirectUri,
      oauth.nopkce,
      requestOptions(settings),
    ),
  );
  const body = await processTokenResponse(
    () => oauth.processAuthorizationCodeResponse(as, client, response),
    { grantLost: "oauth-error" },
  );
  return toTokenSet(body, null);
}

/**
 * A new access token. Lever rotates refresh tokens, so the returned one
 * must replace the old; if Lever sends none, the old one stays valid.
 */
export async function refreshTokens(
  settings: LeverSettings,
  refreshToken: string,
): Promise<LeverTokenSet> {
  const { as, client, auth } = oauthParties(settings);
  const response = await callTokenEndpoint(() =>
    oauth.refreshTokenGrantRequest(
      as,
      client,
      auth,
      refreshToken,
      requestOptions(settings),
    ),
  );
  const body = await processTokenResponse(
    () => oauth.processRefreshTokenResponse(as, client, response),
    { grantLost: "reconnect" },
  );
  return toTokenSet(body, refreshToken);
}

function oauthParties(settings: LeverSettings) {
  const as: oauth.AuthorizationServer = {
    issuer: new URL(settings.tokenUrl).origin,
    authorization_endpoint: settings.authorizeUrl,
    token_endpoint: settings.tokenUrl,
  };
  const client: oauth.Client = { client_id: settings.clientId };
  const auth = oauth.ClientSecretPost(settings.clientSecret);
  return { as, client, auth };
}

function requestOptions(settings: LeverSettings) {
  const insecure = new URL(settings.tokenUrl).protocol === "http:";
  return {
    signal: () => AbortSignal.timeout(TOKEN_TIMEOUT_MS),
    ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
  };
}

async function callTokenEndpoint(
  send: () => Promise<Response>,
): Promise<Response> {
  try {
    return await send();
  } catch (error) {
    throw new LeverOAuthError(
      "network_error",
      "Lever's token endpoint could not be reached",
      { retryable: true, cause: error },
    );
  }
}

/**
 * `invalid_grant` on a refresh means the connection is gone; on a code
 * exchange it only means that code was used or expired.
 */
async function processTokenResponse(
  process: () => Promise<oauth.TokenEndpointResponse>,
  options: { grantLost: "reconnect" | "oauth-error" },
): Promise<oauth.TokenEndpointResponse> {
  try {
    return await process();
  } catch (error) {
    const failure = await describeTokenFailure(error);
    throw toTokenError(failure, error, options.grantLost === "reconnect");
  }
}

type TokenFailure = { status: number; error: string; description?: string };

const RECONNECT_STATUSES = new Set([400, 401, 403]);

function toTokenError(
  failure: TokenFailure,
  cause: unknown,
  grantLostMeansReconnect: boolean,
): Error {
  if (
    grantLostMeansReconnect &&
    failure.error === "invalid_grant" &&
    RECONNECT_STATUSES.has(failure.status)
  ) {
    return new LeverReconnectRequired(
      failure.description
        ? `Lever refused the grant: ${failure.description}`
        : undefined,
    );
  }
  return new LeverOAuthError(failure.error, failure.description, {
    retryable: failure.status >= 500,
    cause,
  });
}

const oauthErrorBody = z
  .object({ error: z.string(), error_description: z.string().optional() })
  .loose();

async function describeTokenFailure(error: unknown): Promise<TokenFailure> {
  if (error instanceof oauth.ResponseBodyError) {
    const { status, error: code, error_description } = error;
    return { status, error: code, description: error_description };
  }

  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    // A challenge header pre-empts the body, which may still say why.
    const raw: unknown = await error.response.json().catch(() => null);
    const body = oauthErrorBody.safeParse(raw);
    const challenge = error.cause[0]?.parameters;
    return {
      status: error.status,
      error: body.data?.error ?? challenge?.error ?? "invalid_client",
      description: body.data?.error_description ?? challenge?.error_description,
    };
  }

  if (
    error instanceof oauth.OperationProcessingError &&
    error.cause instanceof Response
  ) {
    const status = error.cause.status;
    const code = status >= 500 ? "server_error" : "invalid_response";
    return { status, error: code, description: error.message };
  }

  const description = error instanceof Error ? error.message : undefined;
  return { status: 0, error: "invalid_response", description };
}

const LEVER_CLAIM = "https://oauth.lever.co";

const accessTokenClaims = z
  .object({
    [`${LEVER_CLAIM}/accountId`]: z.string().optional(),
    [`${LEVER_CLAIM}/userId`]: z.string().optional(),
    exp: z.number().optional(),
    scope: z.string().optional(),
  })
  .loose();

type AccessTokenClaims = z.infer<typeof accessTokenClaims>;

/** Claims read without verification: they only label the connection. */
function readClaims(accessToken: string): AccessTokenClaims | null {
  try {
    const parsed = accessTokenClaims.safeParse(decodeJwt(accessToken));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function toTokenSet(
  body: oauth.TokenEndpointResponse,
  previousRefreshToken: string | null,
): LeverTokenSet {
  const claims = readClaims(body.access_token);
  const now = Date.now();

  const lifetimeMs =
    body.expires_in !== undefined
      ? body.expires_in * 1000
      : claims?.exp !== undefined
        ? claims.exp * 1000 - now
        : DEFAULT_LIFETIME_SECONDS * 1000;

  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token ?? previousRefreshToken,
    expiresAt: new Date(now + lifetimeMs),
    scopes: parseScopes(body.scope ?? claims?.scope),
    accountId: claims?.[`${LEVER_CLAIM}/accountId`] ?? null,
    userId: claims?.[`${LEVER_CLAIM}/userId`] ?? null,
  };
}
