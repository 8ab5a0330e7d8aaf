import { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import { createAdminRoutes } from "./admin/routes";
import { createApiRoutes } from "./api/router";
import { createBoardRoutes } from "./board/routes";
import type { SimContext } from "./context";
import { LeverError } from "./errors";
import { createOAuthRoutes } from "./oauth/routes";
import type { ApiRateLimiter } from "./rate-limit";
import { countRequests } from "./request-counts";

/** One Hono app standing in for Lever's auth, API and UI hosts. */
export function createApp(
  ctx: SimContext,
  limiter: ApiRateLimiter,
  reset: (grants: boolean) => void,
) {
  const app = new Hono();
  app.use("*", countRequests(ctx));
  app.route("/oauth", createOAuthRoutes(ctx));
  app.route("/v1", createApiRoutes(ctx, limiter));
  app.route("/_admin", createAdminRoutes(ctx, reset));
  app.route("/", createBoardRoutes(ctx));

  app.notFound((c) =>
    c.json(
      { code: "ResourceNotFound", message: `path ${c.req.path} was not found` },
      404,
    ),
  );
  app.onError((error, c) => {
    if (error instanceof LeverError) {
      return c.json(error.toBody(), error.status);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json({ code: "BadRequestError", message: error.message }, 400);
    }
    ctx.options.log(`unexpected error on ${c.req.path}: ${String(error)}`);
    return c.json(
      { code: "InternalServerError", message: "Something went wrong" },
      500,
    );
  });
  return app;
}
