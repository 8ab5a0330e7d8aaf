import type { Context, MiddlewareHandler } from "hono";
import type { SimContext } from "../context";
import { badRequest, forbidden, unauthorized } from "../errors";
import { hasScope, type ScopeMode } from "../oauth/scopes";
import { verifyAccessToken, type Caller } from "../oauth/tokens";

export type ApiEnv = { Variables: { caller: Caller } };

export function requireBearer(ctx: SimContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1])
      throw unauthorized("A valid access token was not provided");
    c.set("caller", await verifyAccessToken(ctx, match[1]));
    await next();
  };
}

export function requireScope(
  resource: string,
  mode: ScopeMode,
): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const { grant } = c.get("caller");
    if (!hasScope(grant.scopes, resource, mode)) {
      throw forbidden(
        `The access token lacks the ${resource}:${mode}:admin scope`,
      );
    }
    await next();
  };
}

/** perform_as must name an active user; `failure` replaces the message. */
export function readPerformAs(
  ctx: SimContext,
  c: Context,
  options: { required: boolean; failure?: string },
): string | null {
  const userId = c.req.query("perform_as");
  if (!userId) {
    if (!options.required) return null;
    throw badRequest(options.failure ?? "perform_as is required");
  }
  const user = ctx.state.users.find((u) => u.id === userId);
  if (!user || user.deactivatedAt !== null) {
    throw badRequest(options.failure ?? `Invalid perform_as user ${userId}`);
  }
  return user.id;
}
