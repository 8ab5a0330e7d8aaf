import { decodeJwt, decodeProtectedHeader } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningSimulator } from "../src/start";
import {
  admin,
  api,
  authorizeUrl,
  clientId,
  connect,
  decide,
  redirectUri,
  startTestSimulator,
  superAdminId,
  tokenRequest,
} from "./helpers";

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

describe("authorize page", () => {
  it("shows the client, the scopes and the user picker", async () => {
    const response = await fetch(authorizeUrl(sim));
    const page = await response.text();

    expect(response.status).toBe(200);
    expect(page).toContain("Hallo (local)");
    expect(page).toContain("opportunities:write:admin");
    expect(page).toContain("Ingrid Sørensen (super admin)");
    expect(page).not.toContain("Pieter de Vries");
  });

  it.each([
    ["an unregistered redirect_uri", { redirect_uri: `${redirectUri}/x` }],
    ["an unknown client", { client_id: "someone-else" }],
    ["a missing state", { state: null }],
    ["a wrong audience", { audience: "https://api.lever.co/v1/" }],
    ["a wrong response_type", { response_type: "token" }],
    ["an unknown scope", { scope: "candidates:everything" }],
  ])("refuses %s with an error page, never a redirect", async (_, params) => {
    const response = await fetch(authorizeUrl(sim, params), {
      redirect: "manual",
    });

    expect(response.status).toBe(400);
    expect(response.headers.get("location")).toBeNull();
    expect(await response.text()).toContain("invalid");
  });

  it("redirects back with a code and the same state on accept", async () => {
    const back = await decide(sim, "accept");

    expect(`${back.origin}${back.pathname}`).toBe(redirectUri);
    expect(back.searchParams.get("state")).toBe("state-123");
    expect(back.searchParams.get("code")).toMatch(/^\w{20,}$/);
  });

  it("redirects back with access_denied and the state on deny", async () => {
    const back = await decide(sim, "deny");

    expect(back.searchParams.get("error")).toBe("access_denied");
    expect(back.searchParams.get("error_description")).toBeTruthy();
    expect(back.searchParams.get("state")).toBe("state-123");
    expect(back.searchParams.get("code")).toBeNull();
  });

  it("refuses a user who is not a Super Admin", async () => {
    const teamMember = sim.state.users.find(
      (u) => u.accessRole === "team member",
    );
    const back = await decide(sim, "accept", { userId: teamMember?.id });

    expect(back.searchParams.get("error")).toBe("access_denied");
  });
});

describe("token endpoint", () => {
  it("issues Lever-shaped tokens with Lever's JWT claims", async () => {
    const tokens = await connect(sim);
    const claims = decodeJwt(tokens.access_token);

    expect(tokens).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    expect(tokens.refresh_token).toMatch(/^v1\./);
    expect(tokens.scope.split(" ")).toContain("feedback:write:admin");
    expect(decodeProtectedHeader(tokens.access_token).alg).toBe("HS512");
    expect(claims["https://oauth.lever.co/userId"]).toBe(superAdminId(sim));
    expect(claims["https://oauth.lever.co/accountId"]).toBe(
      sim.state.account.id,
    );
    expect(claims["https://oauth.lever.co/clientId"]).toBe(clientId);
    expect(claims.aud).toBe(`${sim.url}/v1/`);
    expect(claims.azp).toBe(clientId);
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
    expect(claims.iss).toBeTruthy();
    expect(claims.sub).toBeTruthy();
  });

  it("lists every token it issued on its admin API", async () => {
    const tokens = await connect(sim);

    const issued = await admin<{
      data: { accessTokens: string[]; refreshTokens: string[] };
    }>(sim, "/issued-tokens");

    expect(issued.json.data.accessTokens).toContain(tokens.access_token);
    expect(issued.json.data.refreshTokens).toContain(tokens.refresh_token);
  });

  it("gives no refresh token without offline_access", async () => {
    const tokens = await connect(sim, ["stages:read:admin"]);

    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope).toBe("stages:read:admin");
  });

  it("accepts a code only once and only with the same redirect_uri", async () => {
    const code = (await decide(sim, "accept")).searchParams.get("code") ?? "";
    const wrongUri = await tokenRequest(sim, {
      grant_type: "authorization_code",
      code,
      redirect_uri: "http://localhost:3000/other",
    });
    const code2 = (await decide(sim, "accept")).searchParams.get("code") ?? "";
    const first = await tokenRequest(sim, {
      grant_type: "authorization_code",
      code: code2,
      redirect_uri: redirectUri,
    });
    const again = await tokenRequest(sim, {
      grant_type: "authorization_code",
      code: code2,
      redirect_uri: redirectUri,
    });

    expect(wrongUri.status).toBe(403);
    expect(first.status).toBe(200);
    expect(again.status).toBe(403);
    expect(await again.json()).toMatchObject({ error: "invalid_grant" });
  });

  it("rejects bad client credentials with 401", async () => {
    const code = (await decide(sim, "accept")).searchParams.get("code") ?? "";
    const response = await tokenRequest(sim, {
      grant_type: "authorization_code",
      code,
      redirect_uri: redirectUri,
      client_secret: "wrong",
    });

    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: "access_denied" });
  });

  it("rejects a JSON body: the endpoint is form-encoded", async () => {
    const response = await fetch(`${sim.url}/oauth/token`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ grant_type: "refresh_token" }),
    });

    expect(response.status).toBe(400);
  });
});

describe("refresh, revoke and expiry", () => {
  it("rotates the refresh token and kills the old one", async () => {
    const tokens = await connect(sim);
    const refreshed = await tokenRequest(sim, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token ?? "",
    });
    const body = (await refreshed.json()) as { refresh_token: string };
    const reused = await tokenRequest(sim, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token ?? "",
    });

    expect(refreshed.status).toBe(200);
    expect(body.refresh_token).toMatch(/^v1\./);
    expect(body.refresh_token).not.toBe(tokens.refresh_token);
    expect(reused.status).toBe(403);
    expect(await reused.json()).toEqual({
      error: "invalid_grant",
      error_description: "Unknown or invalid refresh token.",
    });
  });

  it("after a revoke, refresh is invalid_grant and API calls are 401", async () => {
    const tokens = await connect(sim);
    const before = await api(sim, tokens.access_token, "/stages");

    await admin(sim, "/revoke", { method: "POST", body: { clientId } });
    const refresh = await tokenRequest(sim, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token ?? "",
    });
    const after = await api(sim, tokens.access_token, "/stages");

    expect(before.status).toBe(200);
    expect(refresh.status).toBe(403);
    expect(await refresh.json()).toMatchObject({ error: "invalid_grant" });
    expect(after.status).toBe(401);
    expect(after.json.code).toBe("Unauthorized");
  });

  it("answers 401 once the admin API expires all access tokens", async () => {
    const tokens = await connect(sim);
    await admin(sim, "/expire-tokens", { method: "POST" });
    const response = await api(sim, tokens.access_token, "/stages");

    expect(response.status).toBe(401);
    expect(response.json.message).toMatch(/expired/);
  });

  it("expires access tokens after the configured lifetime", async () => {
    const short = await startTestSimulator({ accessTokenLifetimeSeconds: 1 });
    try {
      const tokens = await connect(short);
      const fresh = await api(short, tokens.access_token, "/stages");
      await new Promise((r) => setTimeout(r, 1100));
      const stale = await api(short, tokens.access_token, "/stages");

      expect(tokens.expires_in).toBe(1);
      expect(fresh.status).toBe(200);
      expect(stale.status).toBe(401);
    } finally {
      await short.close();
    }
  });

  it("refuses tokens signed with another key", async () => {
    const other = await startTestSimulator();
    try {
      const foreign = await connect(other);
      const response = await api(sim, foreign.access_token, "/stages");
      expect(response.status).toBe(401);
    } finally {
      await other.close();
    }
  });
});
