import type { HttpBindings } from "@hono/node-server";
import type { MiddlewareHandler } from "hono";
import type { ApiEnv } from "./api/auth";
import type { SimContext } from "./context";
import { LeverError } from "./errors";
import { tooManyRequests } from "./rate-limit";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const statusCodes = {
  500: "InternalServerError",
  502: "BadGateway",
  503: "ServiceUnavailable",
} as const;

/** Injected failures for the API, set through the admin API. */
export function faultMiddleware(ctx: SimContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const faults = ctx.state.faults;
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    if (Math.random() < faults.errorRate) {
      const code = statusCodes[faults.errorStatus];
      throw new LeverError(faults.errorStatus, code, "Simulated server error");
    }
    if (Math.random() < faults.rateLimitRate) throw tooManyRequests();

    const dropAfterCommit = Math.random() < faults.timeoutAfterCommitRate;
    await next();
    if (!dropAfterCommit) return;

    // The write above is already committed; the client never hears so.
    await sleep(faults.timeoutHangMs);
    const bindings = c.env as Partial<HttpBindings> | undefined;
    bindings?.incoming?.socket.destroy();
  };
}
