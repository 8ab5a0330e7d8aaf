import pRetry, { AbortError, type RetryContext } from "p-retry";

import { backoffDelay, retryAfterMs } from "./backoff";
import { errorBodySchema } from "./schemas";
import {
  isRetryableLeverError,
  LeverApiError,
  LeverReconnectRequired,
} from "./errors";
import { takeRequestToken } from "./rate-limit";

/** Hands out the access token for one Lever connection. */
export interface TokenSource {
  accessToken(): Promise<string>;
  /**
   * Called once when Lever answers 401 to `rejected`; returns a fresh token
   * or throws LeverReconnectRequired when the grant is gone.
   */
  refreshAfterRejection(rejected: string): Promise<string>;
}

export type RetryEvent = {
  endpoint: string;
  attempt: number;
  status: number;
  code: string | null;
  delayMs: number;
};

export type TransportOptions = {
  apiBaseUrl: string;
  accountKey: string;
  tokens: TokenSource;
  timeoutMs?: number;
  retry?: { retries?: number; minTimeoutMs?: number; maxTimeoutMs?: number };
  /** Told before each retry; a place to log or count them. */
  onRetry?: (event: RetryEvent) => void;
};

export type LeverRequest = {
  method: "GET" | "POST" | "PUT" | "DELETE";
  path: string;
  query?: Record<string, string | string[] | undefined>;
  body?: unknown;
  /**
   * False for creates that must not happen twice: a timeout or dropped
   * connection is then not retried here but handed to the caller, who can
   * look in Lever for the write before trying again.
   */
  retryUnconfirmed?: boolean;
};

export type LeverResponse = { status: number; body: unknown };

// A longer pause than this belongs to a background job, not to a call.
const MAX_RETRY_AFTER_MS = 60_000;

export class LeverTransport {
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly minTimeoutMs: number;
  private readonly maxTimeoutMs: number;

  constructor(private readonly options: TransportOptions) {
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = options.retry?.retries ?? 5;
    this.minTimeoutMs = options.retry?.minTimeoutMs ?? 500;
    this.maxTimeoutMs = options.retry?.maxTimeoutMs ?? 30_000;
  }

  /**
   * Sends a request until it succeeds or fails for good. Timeouts and
   * dropped connections are retried too, unless the request says not to
   * (`retryUnconfirmed: false`), since a write Lever committed but never
   * confirmed would then happen twice.
   */
  async send(request: LeverRequest): Promise<LeverResponse> {
    const auth = { refreshed: false };
    return pRetry(() => this.attempt(request, auth), {
      retries: this.retries,
      minTimeout: 0,
      factor: 1,
      onFailedAttempt: (context) => this.waitBeforeRetry(request, context),
    });
  }

  private async attempt(
    request: LeverRequest,
    auth: { refreshed: boolean },
  ): Promise<LeverResponse> {
    try {
      return await this.sendAuthorized(request, auth);
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      if (failure instanceof LeverReconnectRequired) {
        throw new AbortError(failure);
      }
      if (!isRetryableLeverError(failure)) throw new AbortError(failure);
      if (request.retryUnconfirmed === false && isUnconfirmed(failure)) {
        throw new AbortError(failure);
      }
      throw failure;
    }
  }

  private async sendAuthorized(
    request: LeverRequest,
    auth: { refreshed: boolean },
  ): Promise<LeverResponse> {
    const token = await this.options.tokens.accessToken();
    const first = await this.fetchOnce(request, token);
    if (first.status !== 401 || auth.refreshed) {
      return this.readResponse(request, first);
    }

    // One refresh per call: a second 401 means the grant truly lacks access.
    auth.refreshed = true;
    const fresh = await this.options.tokens.refreshAfterRejection(token);
    return this.readResponse(request, await this.fetchOnce(request, fresh));
  }

  private async fetchOnce(
    request: LeverRequest,
    token: string,
  ): Promise<RawResponse> {
    await takeRequestToken(this.options.accountKey);
    try {
      const response = await fetch(this.urlFor(request), {
        method: request.method,
        headers: requestHeaders(token, request.body !== undefined),
        body:
          request.body === undefined ? undefined : JSON.stringify(request.body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text };
    } catch (error) {
      throw transportFailure(endpointOf(request), error);
    }
  }

  private readResponse(request: LeverRequest, raw: RawResponse): LeverResponse {
    const endpoint = endpointOf(request);
    const body = parseJson(raw.text);
    if (raw.status >= 200 && raw.status < 300) {
      return { status: raw.status, body };
    }

    const details = errorBodySchema.safeParse(body);
    throw new LeverApiError({
      status: raw.status,
      code: details.data?.code ?? null,
      message: details.data?.message ?? `Lever answered ${raw.status}`,
      endpoint,
      retryable: raw.status === 429 || raw.status >= 500,
      retryAfterMs: retryAfterMs(raw.headers.get("retry-after")),
    });
  }

  private async waitBeforeRetry(
    request: LeverRequest,
    context: RetryContext,
  ): Promise<void> {
    if (context.retriesLeft <= 0) return;
    const error = context.error;
    const asked = error instanceof LeverApiError ? error.retryAfterMs : null;
    if (asked !== null && asked > MAX_RETRY_AFTER_MS) throw error;

    const delayMs = Math.max(
      asked ?? 0,
      backoffDelay(context.attemptNumber, {
        minTimeoutMs: this.minTimeoutMs,
        maxTimeoutMs: this.maxTimeoutMs,
        random: Math.random,
      }),
    );
    this.options.onRetry?.({
      endpoint: endpointOf(request),
      attempt: context.attemptNumber,
      status: error instanceof LeverApiError ? error.status : 0,
      code: error instanceof LeverApiError ? error.code : null,
      delayMs,
    });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }

  private urlFor(request: LeverRequest): URL {
    const url = new URL(`${this.options.apiBaseUrl}${request.path}`);
    for (const [name, value] of Object.entries(request.query ?? {})) {
      const values = Array.isArray(value) ? value : [value];
      for (const item of values) {
        if (item !== undefined) url.searchParams.append(name, item);
      }
    }
    return url;
  }
}

type RawResponse = { status: number; headers: Headers; text: string };

function requestHeaders(token: string, hasBody: boolean): HeadersInit {
  return {
    Authorization: `Bearer ${token}`,
    Accept: "application/json",
    ...(hasBody ? { "Content-Type": "application/json" } : {}),
  };
}

function endpointOf(request: LeverRequest): string {
  return `${request.method} ${request.path}`;
}

function parseJson(text: string): unknown {
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

// No answer at all: the request may or may not have been carried out.
function isUnconfirmed(error: Error): boolean {
  return error instanceof LeverApiError && error.status === 0;
}

function transportFailure(endpoint: string, error: unknown): LeverApiError {
  const timedOut =
    error instanceof DOMException && error.name === "TimeoutError";
  return new LeverApiError({
    status: 0,
    code: timedOut ? "Timeout" : "NetworkError",
    message: timedOut
      ? "Lever did not answer in time"
      : "Lever could not be reached",
    endpoint,
    retryable: true,
  });
}
