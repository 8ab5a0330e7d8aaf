import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { LeverOAuthError, LeverReconnectRequired } from "./errors";
import { buildAuthorizeUrl, exchangeCode, refreshTokens } from "./oauth";
import { REQUIRED_SCOPES } from "./scopes";
import {
  authorizeAsSuperAdmin,
  callAdmin,
  REDIRECT_URI,
  startTestLever,
  superAdminId,
  type TestLever,
} from "@/lib/testing/lever-simulator";

let lever: TestLever;

beforeAll(async () => {
  lever = await startTestLever();
});

afterAll(async () => {
  await lever.sim.close();
});

async function connect() {
  const code = await authorizeAsSuperAdmin(lever);
  return exchangeCode(lever.settings, { code, redirectUri: REDIRECT_URI });
}

describe("buildAuthorizeUrl", () => {
  it("carries everything Lever's consent page needs", () => {
    const url = buildAuthorizeUrl(lever.settings, {
      state: "s-1",
      redirectUri: REDIRECT_URI,
      scopes: ["postings:read:admin"],
    });

    expect(url.origin + url.pathname).toBe(lever.settings.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "hallo-test",
      redirect_uri: REDIRECT_URI,
      response_type: "code",
      state: "s-1",
      audience: lever.settings.audience,
      scope: "postings:read:admin offline_access",
      prompt: "consent",
    });
  });
});

describe("the authorization code flow", () => {
  it("gives tokens labelled with the Lever account and user", async () => {
    const tokens = await connect();

    expect(tokens.accessToken).toMatch(/^ey/);
    expect(tokens.refreshToken).toMatch(/^v1\./);
    expect(tokens.accountId).toBe(lever.sim.state.account.id);
    expect(tokens.userId).toBe(superAdminId(lever.sim));
    expect([...tokens.scopes].sort()).toEqual([...REQUIRED_SCOPES].sort());
    expect(tokens.expiresAt.getTime()).toBeGreaterThan(Date.now() + 3000_000);
  });

  it("refuses a code that was already used", async () => {
    const code = await authorizeAsSuperAdmin(lever);
    await exchangeCode(lever.settings, { code, redirectUri: REDIRECT_URI });

    await expect(
      exchangeCode(lever.settings, { code, redirectUri: REDIRECT_URI }),
    ).rejects.toMatchObject({
      name: "LeverOAuthError",
      error: "invalid_grant",
    });
  });

  it("reports a wrong client secret as an OAuth error", async () => {
    const code = await authorizeAsSuperAdmin(lever);
    const wrong = { ...lever.settings, clientSecret: "not-it" };

    const failure = exchangeCode(wrong, { code, redirectUri: REDIRECT_URI });
    await expect(failure).rejects.toBeInstanceOf(LeverOAuthError);
    await expect(failure).rejects.toMatchObject({
      error: "access_denied",
      retryable: false,
    });
  });
});

describe("refreshing", () => {
  it("rotates the refresh token and retires the old one", async () => {
    const first = await connect();
    const second = await refreshTokens(lever.settings, first.refreshToken!);

    expect(second.accessToken).not.toBe(first.accessToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accountId).toBe(first.accountId);

    await expect(
      refreshTokens(lever.settings, first.refreshToken!),
    ).rejects.toBeInstanceOf(LeverReconnectRequired);
  });

  it("asks for a reconnect once the grant is revoked", async () => {
    const tokens = await connect();
    await callAdmin(lever.sim, "POST", "/revoke", { clientId: "hallo-test" });

    await expect(
      refreshTokens(lever.settings, tokens.refreshToken!),
    ).rejects.toBeInstanceOf(LeverReconnectRequired);
  });

  it("reports an unreachable token endpoint as retryable", async () => {
    const gone = { ...lever.settings, tokenUrl: "http://127.0.0.1:1/token" };

    await expect(refreshTokens(gone, "v1.any")).rejects.toMatchObject({
      error: "network_error",
      retryable: true,
    });
  });
});
