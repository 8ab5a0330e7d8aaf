import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { SimContext } from "./context";

/** Counts requests per route pattern, e.g. "GET /v1/opportunities/:id". */
export function countRequests(ctx: SimContext): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const pattern = routePath(c, -1);
    const matched = pattern.endsWith("*") ? c.req.path : pattern;
    const key = `${c.req.method} ${matched}`;
    const counts = ctx.state.requestCounts;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const statuses = ctx.state.statusCounts;
    statuses.set(c.res.status, (statuses.get(c.res.status) ?? 0) + 1);
  };
}
