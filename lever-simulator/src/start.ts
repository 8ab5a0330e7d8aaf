import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { createApp } from "./app";
import { resolveOptions, type SimulatorOptions } from "./config";
import type { SimContext } from "./context";
import { ApiRateLimiter } from "./rate-limit";
import { randomHex } from "./random";
import { createState, resetState, type SimState } from "./state";
import { WebhookDispatcher } from "./webhooks/dispatcher";

export interface RunningSimulator {
  url: string;
  port: number;
  state: SimState;
  /** Resolves when no webhook delivery or retry is in flight. */
  webhooksIdle(): Promise<void>;
  reset(options?: { grants?: boolean }): void;
  close(): Promise<void>;
}

export async function startSimulator(
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const state = createState(resolved.opportunities);
  const ctx: SimContext = {
    options: resolved,
    state,
    jwtKey: new TextEncoder().encode(resolved.jwtSecret ?? randomHex(64)),
    webhooks: new WebhookDispatcher(() => state, resolved),
    baseUrl: "",
  };
  const limiter = new ApiRateLimiter(resolved.rateLimit);
  const reset = (grants: boolean) => {
    ctx.webhooks.abortAll();
    limiter.reset();
    resetState(state, { grants, opportunities: resolved.opportunities });
  };

  const app = createApp(ctx, limiter, reset);
  const server = serve({
    fetch: app.fetch,
    port: resolved.port,
    hostname: resolved.host,
  });
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });

  const port = (server.address() as AddressInfo).port;
  ctx.baseUrl =
    resolved.publicBaseUrl ?? `http://${displayHost(resolved.host)}:${port}`;
  return {
    url: ctx.baseUrl,
    port,
    state,
    webhooksIdle: () => ctx.webhooks.idle(),
    reset: (o) => reset(o?.grants ?? false),
    close: async () => {
      ctx.webhooks.abortAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ("closeAllConnections" in server) server.closeAllConnections();
      });
    },
  };
}

function displayHost(host: string | undefined): string {
  if (!host || host === "0.0.0.0" || host === "::") return "localhost";
  return host.includes(":") ? `[${host}]` : host;
}
