import type { ContentfulStatusCode } from "hono/utils/http-status";

/** An error that leaves the API as Lever's `{code, message}` body. */
export class LeverError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  toBody() {
    return { code: this.code, message: this.message };
  }
}

export const badRequest = (message: string) =>
  new LeverError(400, "BadRequestError", message);

export const notFound = (kind: string, id: string) =>
  new LeverError(404, "ResourceNotFound", `${kind} ${id} was not found`);

export const unauthorized = (message: string) =>
  new LeverError(401, "Unauthorized", message);

export const forbidden = (message: string) =>
  new LeverError(403, "Forbidden", message);
