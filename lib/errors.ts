export type FieldErrors = Partial<Record<string, string[]>>;

const STATUS = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unprocessable: 422,
  too_many_requests: 429,
} as const;

export type AppErrorCode = keyof typeof STATUS;

/**
 * A failure that is safe to show: its message is written for the person who
 * caused it. Anything else that is thrown is logged and answered generically.
 */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
  ) {
    super(message);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export const notFound = (what: string) =>
  new AppError("not_found", `${what} was not found.`);

export const forbidden = (message = "You do not have permission to do that.") =>
  new AppError("forbidden", message);

export const fieldError = (field: string, message: string) =>
  new AppError("unprocessable", message, { [field]: [message] });
