import type { MiddlewareHandler } from "hono";
import {
  BurstyRateLimiter,
  RateLimiterMemory,
  RateLimiterRes,
} from "rate-limiter-flexible";
import type { ApiEnv } from "./api/auth";
import { LeverError } from "./errors";

/**
 * Lever documents a token bucket per account: 10 requests/s steady,
 * bursts to 20. A 10/s limiter plus a 10-request reserve that refills
 * every 10 s gives the same shape without a hand-written bucket.
 */
export class ApiRateLimiter {
  private limiter = createLimiter();

  constructor(private readonly enabled: boolean) {}

  reset() {
    this.limiter = createLimiter();
  }

  middleware(): MiddlewareHandler<ApiEnv> {
    return async (c, next) => {
      if (!this.enabled) return next();
      const key = c.get("caller").accountId;
      try {
        await this.limiter.consume(key);
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        c.header("Retry-After", String(seconds));
        throw tooManyRequests();
      }
      await next();
    };
  }
}

export const tooManyRequests = () =>
  new LeverError(429, "TooManyRequests", "Rate limit exceeded, slow down");

function createLimiter() {
  return new BurstyRateLimiter(
    new RateLimiterMemory({ keyPrefix: "steady", points: 10, duration: 1 }),
    new RateLimiterMemory({ keyPrefix: "burst", points: 10, duration: 10 }),
  );
}
