import { Hono } from "hono";
import type { SimContext } from "../context";
import { randomToken } from "../random";
import {
  checkAuthorizeRequest,
  type AuthorizeRequest,
} from "./authorize-request";
import { renderConsentPage, renderErrorPage } from "./authorize-page";
import { handleTokenRequest } from "./token";

const codeLifetimeMs = 60_000;

const forwardedParams = [
  "client_id",
  "redirect_uri",
  "response_type",
  "state",
  "audience",
  "scope",
  "prompt",
];

export function createOAuthRoutes(ctx: SimContext) {
  const app = new Hono();

  app.get("/authorize", (c) => {
    const params = pickParams(c.req.query());
    const check = checkAuthorizeRequest(ctx, params);
    if (!check.ok) return c.html(renderErrorPage(check.message), 400);

    const users = ctx.state.users.filter((u) => u.deactivatedAt === null);
    const superAdmin = users.find((u) => u.accessRole === "super admin");
    return c.html(
      renderConsentPage(check.request, params, users, superAdmin?.id ?? ""),
    );
  });

  app.post("/authorize", async (c) => {
    const form = await c.req.parseBody();
    const params = pickParams(form);
    const check = checkAuthorizeRequest(ctx, params);
    if (!check.ok) return c.html(renderErrorPage(check.message), 400);

    const userId = typeof form.user_id === "string" ? form.user_id : "";
    const location = decide(ctx, check.request, form.decision, userId);
    return c.redirect(location, 302);
  });

  app.post("/token", (c) => handleTokenRequest(ctx, c));
  return app;
}

function pickParams(source: Record<string, unknown>) {
  const params: Record<string, string> = {};
  for (const name of forwardedParams) {
    const value = source[name];
    if (typeof value === "string") params[name] = value;
  }
  return params;
}

function decide(
  ctx: SimContext,
  request: AuthorizeRequest,
  decision: unknown,
  userId: string,
): string {
  const target = new URL(request.redirectUri);
  const user = ctx.state.users.find(
    (u) => u.id === userId && u.deactivatedAt === null,
  );
  const denial =
    decision !== "accept"
      ? "The user denied access to the application"
      : user?.accessRole !== "super admin"
        ? "Only a Super Admin can authorize this integration"
        : null;

  if (denial || !user) {
    target.searchParams.set("error", "access_denied");
    target.searchParams.set("error_description", denial ?? "Unknown user");
  } else {
    target.searchParams.set("code", createCode(ctx, request, user.id));
  }
  target.searchParams.set("state", request.state);
  return target.toString();
}

function createCode(
  ctx: SimContext,
  request: AuthorizeRequest,
  userId: string,
): string {
  const code = randomToken(32);
  ctx.state.oauth.codes.set(code, {
    clientId: request.client.clientId,
    redirectUri: request.redirectUri,
    userId,
    scopes: request.scopes,
    expiresAt: Date.now() + codeLifetimeMs,
    used: false,
  });
  return code;
}
