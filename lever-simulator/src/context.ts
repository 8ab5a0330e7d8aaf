import type { ResolvedOptions } from "./config";
import type { SimState } from "./state";
import type { WebhookDispatcher } from "./webhooks/dispatcher";

/** Everything a route needs, created once per running simulator. */
export interface SimContext {
  options: ResolvedOptions;
  state: SimState;
  jwtKey: Uint8Array;
  webhooks: WebhookDispatcher;
  /** Known once the server listens, since tests bind port 0. */
  baseUrl: string;
}

export const apiAudience = (ctx: SimContext) => `${ctx.baseUrl}/v1/`;

export const issuer = (ctx: SimContext) => `${ctx.baseUrl}/oauth/`;
