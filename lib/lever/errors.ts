/** A failed call to Lever's Data API; the message is Lever's own. */
export class LeverApiError extends Error {
  readonly status: number;
  readonly code: string | null;
  readonly endpoint: string;
  readonly retryable: boolean;
  /** How long Lever asked us to wait, from a Retry-After header. */
  readonly retryAfterMs: number | null;

  constructor(details: {
    status: number;
    code: string | null;
    message: string;
    endpoint: string;
    retryable: boolean;
    retryAfterMs?: number | null;
  }) {
    super(details.message);
    this.name = "LeverApiError";
    this.status = details.status;
    this.code = details.code;
    this.endpoint = details.endpoint;
    this.retryable = details.retryable;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

/**
 * The Lever grant is gone (revoked, expired or its refresh token retired):
 * only a Super Admin connecting again can fix it, so it is never retried.
 */
export class LeverReconnectRequired extends Error {
  constructor(message = "Lever access was revoked or expired; reconnect.") {
    super(message);
    this.name = "LeverReconnectRequired";
  }
}

export class LeverOAuthError extends Error {
  readonly error: string;
  readonly description?: string;
  /** True for network failures and 5xx answers, which may pass. */
  readonly retryable: boolean;

  constructor(
    error: string,
    description?: string,
    options: { retryable?: boolean; cause?: unknown } = {},
  ) {
    super(description ? `${error}: ${description}` : error, {
      cause: options.cause,
    });
    this.name = "LeverOAuthError";
    this.error = error;
    this.description = description;
    this.retryable = options.retryable ?? false;
  }
}

export function isRetryableLeverError(error: unknown): boolean {
  if (error instanceof LeverApiError) return error.retryable;
  if (error instanceof LeverOAuthError) return error.retryable;
  return false;
}
