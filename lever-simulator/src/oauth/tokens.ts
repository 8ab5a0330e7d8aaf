import { randomUUID } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { apiAudience, issuer, type SimContext } from "../context";
import { unauthorized } from "../errors";
import { randomToken } from "../random";
import type { Grant } from "../state";

const claim = (name: string) => `https://oauth.lever.co/${name}`;

export interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  token_type: "Bearer";
  scope: string;
  expires_in: number;
}

export async function issueTokens(
  ctx: SimContext,
  grant: Grant,
): Promise<TokenResponse> {
  const lifetime = ctx.options.accessTokenLifetimeSeconds;
  const response: TokenResponse = {
    access_token: await signAccessToken(ctx, grant, lifetime),
    token_type: "Bearer",
    scope: grant.scopes.join(" "),
    expires_in: lifetime,
  };
  if (grant.scopes.includes("offline_access")) {
    response.refresh_token = issueRefreshToken(ctx, grant);
  }
  return response;
}

async function signAccessToken(
  ctx: SimContext,
  grant: Grant,
  lifetime: number,
): Promise<string> {
  const jti = randomUUID();
  const issuedAt = Math.floor(Date.now() / 1000);
  ctx.state.oauth.accessTokens.set(jti, {
    grantId: grant.id,
    expiresAt: Date.now() + lifetime * 1000,
  });
  const token = await new SignJWT({
    [claim("userId")]: grant.userId,
    [claim("accountId")]: ctx.state.account.id,
    [claim("clientId")]: grant.clientId,
    azp: grant.clientId,
    scope: grant.scopes.join(" "),
  })
    .setProtectedHeader({ alg: "HS512", typ: "JWT", v: "2.0", kid: "sim-1" })
    .setIssuer(issuer(ctx))
    .setSubject(`lever|${grant.userId}`)
    .setAudience(apiAudience(ctx))
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .setJti(jti)
    .sign(ctx.jwtKey);
  ctx.state.oauth.accessTokens.get(jti)!.token = token;
  return token;
}

function issueRefreshToken(ctx: SimContext, grant: Grant): string {
  const token = `v1.${randomToken(64)}`;
  ctx.state.oauth.refreshTokens.set(token, {
    grantId: grant.id,
    active: true,
    issuedAt: Date.now(),
  });
  return token;
}

/** The active grant behind a refresh token, retiring that token. */
export function consumeRefreshToken(
  ctx: SimContext,
  token: string,
  clientId: string,
): Grant | null {
  const record = ctx.state.oauth.refreshTokens.get(token);
  if (!record?.active) return null;
  const grant = ctx.state.oauth.grants.get(record.grantId);
  if (!grant || grant.revokedAt !== null || grant.clientId !== clientId) {
    return null;
  }
  record.active = false;
  return grant;
}

export interface Caller {
  grant: Grant;
  accountId: string;
}

export async function verifyAccessToken(
  ctx: SimContext,
  token: string,
): Promise<Caller> {
  const payload = await jwtVerify(token, ctx.jwtKey, {
    algorithms: ["HS512"],
    audience: apiAudience(ctx),
    issuer: issuer(ctx),
  }).then(
    (result) => result.payload,
    (error: unknown) => {
      if (error instanceof errors.JWTExpired) {
        throw unauthorized("The access token has expired");
      }
      throw unauthorized("Invalid access token");
    },
  );

  const record = payload.jti
    ? ctx.state.oauth.accessTokens.get(payload.jti)
    : undefined;
  const grant = record && ctx.state.oauth.grants.get(record.grantId);
  if (!record || !grant) throw unauthorized("Invalid access token");
  if (grant.revokedAt !== null) {
    throw unauthorized("The authorization for this app was revoked");
  }
  if (record.expiresAt <= Date.now()) {
    throw unauthorized("The access token has expired");
  }
  return { grant, accountId: ctx.state.account.id };
}

export function revokeGrants(ctx: SimContext, clientId?: string): number {
  let count = 0;
  for (const grant of ctx.state.oauth.grants.values()) {
    if (grant.revokedAt !== null) continue;
    if (clientId && grant.clientId !== clientId) continue;
    grant.revokedAt = Date.now();
    count += 1;
  }
  return count;
}

export function expireAccessTokens(ctx: SimContext): number {
  const now = Date.now();
  let count = 0;
  for (const record of ctx.state.oauth.accessTokens.values()) {
    if (record.expiresAt > now) count += 1;
    record.expiresAt = Math.min(record.expiresAt, now);
  }
  return count;
}
