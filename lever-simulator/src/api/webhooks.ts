import { randomUUID } from "node:crypto";
import { Hono } from "hono";
import { z } from "zod";
import type { SimContext } from "../context";
import { notFound } from "../errors";
import { readJson } from "../http";
import { randomHex } from "../random";
import { webhookEvents, type Webhook } from "../types";
import { requireScope, type ApiEnv } from "./auth";

const origins = [
  "applied",
  "sourced",
  "referred",
  "university",
  "agency",
  "internal",
] as const;

const conditionalEvents = new Set([
  "applicationCreated",
  "candidateArchiveChange",
  "candidateHired",
  "candidateStageChange",
]);

const webhookBody = z
  .object({
    url: z.url({ protocol: /^https?$/ }),
    event: z.enum(webhookEvents),
    configuration: z
      .object({
        conditions: z
          .object({ origins: z.array(z.enum(origins)).min(1).optional() })
          .optional(),
      })
      .optional(),
  })
  .refine(
    (b) => !b.configuration?.conditions || conditionalEvents.has(b.event),
    { message: "This event does not accept conditions" },
  );

export function createWebhookRoutes(ctx: SimContext) {
  const app = new Hono<ApiEnv>();
  const read = requireScope("webhooks", "read");
  const write = requireScope("webhooks", "write");

  app.get("/", read, (c) => {
    const data = [...ctx.state.webhooks.values()].map((h) => present(h));
    return c.json({ data, hasNext: false });
  });

  app.post("/", write, async (c) => {
    const body = await readJson(c, webhookBody);
    const now = Date.now();
    const hook: Webhook = {
      id: randomUUID(),
      event: body.event,
      url: body.url,
      signatureToken: randomHex(24),
      origins: body.configuration?.conditions?.origins ?? null,
      clientId: c.get("caller").grant.clientId,
      createdAt: now,
      updatedAt: now,
    };
    ctx.state.webhooks.set(hook.id, hook);
    ctx.state.oauth.signatureTokens.push(hook.signatureToken);
    return c.json({ data: present(hook, { withToken: true }) }, 201);
  });

  app.delete("/:id", write, (c) => {
    if (!ctx.state.webhooks.delete(c.req.param("id"))) {
      throw notFound("Webhook", c.req.param("id"));
    }
    return c.body(null, 204);
  });
  return app;
}

/** The signature token leaves the API only in the create response. */
function present(hook: Webhook, options = { withToken: false }) {
  const conditions = hook.origins ? { origins: hook.origins } : undefined;
  const configuration = {
    ...(options.withToken ? { signatureToken: hook.signatureToken } : {}),
    ...(conditions ? { conditions } : {}),
  };
  return {
    id: hook.id,
    event: hook.event,
    url: hook.url,
    configuration,
    createdAt: hook.createdAt,
    updatedAt: hook.updatedAt,
  };
}
