import { Hono } from "hono";
import type { SimContext } from "../context";
import { faultMiddleware } from "../faults";
import type { ApiRateLimiter } from "../rate-limit";
import { requireBearer, type ApiEnv } from "./auth";
import { createFeedbackTemplateRoutes } from "./feedback-templates";
import { createFeedbackRoutes } from "./feedback";
import { createNoteRoutes } from "./notes";
import { createOpportunityRoutes } from "./opportunities";
import { createPostingRoutes } from "./postings";
import {
  createArchiveReasonRoutes,
  createStageRoutes,
  createTagRoutes,
  createUserRoutes,
} from "./reference";
import { createWebhookRoutes } from "./webhooks";

/** Lever's Data API v1, mounted at /v1. */
export function createApiRoutes(ctx: SimContext, limiter: ApiRateLimiter) {
  const app = new Hono<ApiEnv>();
  app.use("*", faultMiddleware(ctx));
  app.use("*", requireBearer(ctx));
  app.use("*", limiter.middleware());

  app.route("/postings", createPostingRoutes(ctx));
  app.route("/stages", createStageRoutes(ctx));
  app.route("/users", createUserRoutes(ctx));
  app.route("/archive_reasons", createArchiveReasonRoutes(ctx));
  app.route("/tags", createTagRoutes(ctx));
  app.route("/opportunities", createOpportunityRoutes(ctx));
  app.route("/opportunities", createFeedbackRoutes(ctx));
  app.route("/opportunities", createNoteRoutes(ctx));
  app.route("/feedback_templates", createFeedbackTemplateRoutes(ctx));
  app.route("/webhooks", createWebhookRoutes(ctx));
  return app;
}
