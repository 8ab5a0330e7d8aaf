import { Hono } from "hono";
import { z } from "zod";
import {
  deleteOpportunity,
  findOpportunity,
  moveStage,
  setArchived,
} from "../actions";
import type { SimContext } from "../context";
import { badRequest, notFound } from "../errors";
import { readJson } from "../http";
import { expireAccessTokens, revokeGrants } from "../oauth/tokens";
import { presentOpportunity } from "../present";
import { webhookEvents } from "../types";
import { describeSeed, describeWrites } from "./views";

const stageBody = z.object({
  stage: z.string().min(1),
  userId: z.string().optional(),
});
const archiveBody = z.object({ reason: z.string().optional() });
const postingStateBody = z.object({
  state: z.enum([
    "published",
    "internal",
    "closed",
    "draft",
    "pending",
    "rejected",
  ]),
});
const toggleBody = z.object({ enabled: z.boolean() });
const revokeBody = z.object({ clientId: z.string().optional() });
const resetBody = z.object({ grants: z.boolean().optional() });
const holdBody = z.object({ holding: z.boolean() });
const sendHeldBody = z.object({ forge: z.boolean().optional() });

const faultsBody = z
  .object({
    errorRate: z.number().min(0).max(1),
    errorStatus: z.union([z.literal(500), z.literal(502), z.literal(503)]),
    rateLimitRate: z.number().min(0).max(1),
    latencyMs: z.number().int().min(0).max(120_000),
    timeoutAfterCommitRate: z.number().min(0).max(1),
    timeoutHangMs: z.number().int().min(0).max(120_000),
  })
  .partial();

/** Dev-only control surface: no auth, JSON in and out. */
export function createAdminRoutes(
  ctx: SimContext,
  reset: (grants: boolean) => void,
) {
  const app = new Hono();
  const superAdminId = () =>
    ctx.state.users.find((u) => u.accessRole === "super admin")?.id ?? null;

  app.get("/seed", (c) => c.json(describeSeed(ctx)));
  app.get("/writes", (c) => c.json(describeWrites(ctx)));
  app.get("/deliveries", (c) => c.json({ data: ctx.state.deliveries }));
  // Every token handed out, so a test can prove none is stored in clear.
  app.get("/issued-tokens", (c) =>
    c.json({
      data: {
        accessTokens: [...ctx.state.oauth.accessTokens.values()].flatMap(
          (record) => (record.token ? [record.token] : []),
        ),
        refreshTokens: [...ctx.state.oauth.refreshTokens.keys()],
        signatureTokens: ctx.state.oauth.signatureTokens,
      },
    }),
  );
  app.get("/requests", (c) =>
    c.json({ data: Object.fromEntries(ctx.state.requestCounts) }),
  );

  app.post("/opportunities/:id/stage", async (c) => {
    const body = await readJson(c, stageBody);
    const opportunity = moveStage(ctx, {
      opportunityId: c.req.param("id"),
      stageId: body.stage,
      userId: body.userId ?? superAdminId(),
      via: "admin",
    });
    return c.json({ data: presentOpportunity(ctx, opportunity) });
  });

  app.post("/postings/:id/state", async (c) => {
    const body = await readJson(c, postingStateBody);
    const posting = ctx.state.postings.find((p) => p.id === c.req.param("id"));
    if (!posting) throw notFound("posting", c.req.param("id"));
    posting.state = body.state;
    posting.updatedAt = Date.now();
    return c.json({ data: { id: posting.id, state: posting.state } });
  });

  app.post("/opportunities/:id/archive", async (c) => {
    const body = await readJson(c, archiveBody);
    const fallback = ctx.state.archiveReasons.find((r) => r.status !== "hired");
    const reason = body.reason ?? fallback?.id ?? null;
    const opportunity = setArchived(ctx, c.req.param("id"), reason);
    return c.json({ data: presentOpportunity(ctx, opportunity) });
  });

  app.post("/opportunities/:id/unarchive", (c) => {
    const opportunity = setArchived(ctx, c.req.param("id"), null);
    return c.json({ data: presentOpportunity(ctx, opportunity) });
  });

  app.delete("/opportunities/:id", (c) => {
    findOpportunity(ctx, c.req.param("id"));
    const deletedBy = c.req.query("deletedBy") ?? superAdminId();
    deleteOpportunity(ctx, c.req.param("id"), deletedBy);
    return c.body(null, 204);
  });

  registerSettingRoutes(app, ctx, reset);
  registerHeldDeliveryRoutes(app, ctx);
  return app;
}

// Kept-back deliveries let a test choose their order and copies.
function registerHeldDeliveryRoutes(app: Hono, ctx: SimContext) {
  const held = () => ctx.state.held;

  app.put("/webhooks/hold", async (c) => {
    held().holding = (await readJson(c, holdBody)).holding;
    return c.json({
      data: { holding: held().holding, held: held().deliveries.size },
    });
  });
  app.get("/webhooks/held", (c) =>
    c.json({
      data: [...held().deliveries.values()].map(({ webhookId, envelope }) => ({
        token: envelope.token,
        webhookId,
        event: envelope.event,
        triggeredAt: envelope.triggeredAt,
        data: envelope.data,
      })),
    }),
  );
  app.post("/webhooks/held/:token/send", async (c) => {
    const body = await readJson(c, sendHeldBody);
    const sent = ctx.webhooks.sendHeld(c.req.param("token"), {
      forge: body.forge ?? false,
    });
    return c.json({ data: sent });
  });
}

function registerSettingRoutes(
  app: Hono,
  ctx: SimContext,
  reset: (grants: boolean) => void,
) {
  app.get("/event-groups", (c) => c.json({ data: ctx.state.eventGroups }));
  app.put("/event-groups/:event", async (c) => {
    const event = webhookEvents.find((e) => e === c.req.param("event"));
    if (!event) throw badRequest(`Unknown event ${c.req.param("event")}`);
    const body = await readJson(c, toggleBody);
    ctx.state.eventGroups[event] = body.enabled;
    return c.json({ data: ctx.state.eventGroups });
  });

  app.post("/revoke", async (c) => {
    const body = await readJson(c, revokeBody);
    return c.json({ data: { revoked: revokeGrants(ctx, body.clientId) } });
  });
  app.post("/expire-tokens", (c) =>
    c.json({ data: { expired: expireAccessTokens(ctx) } }),
  );

  app.get("/faults", (c) => c.json({ data: ctx.state.faults }));
  app.put("/faults", async (c) => {
    Object.assign(ctx.state.faults, await readJson(c, faultsBody));
    return c.json({ data: ctx.state.faults });
  });
  app.delete("/faults", (c) => {
    Object.assign(ctx.state.faults, {
      errorRate: 0,
      rateLimitRate: 0,
      latencyMs: 0,
      timeoutAfterCommitRate: 0,
      timeoutHangMs: 0,
    });
    return c.json({ data: ctx.state.faults });
  });

  app.post("/reset", async (c) => {
    const body = await readJson(c, resetBody);
    reset(body.grants ?? false);
    return c.json({ data: { reset: true } });
  });
}
