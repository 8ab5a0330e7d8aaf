import { AppError } from "@/lib/errors";

/**
 * The scoring API failed or answered something unusable. Thrown so the
 * scoring job fails and its retry policy tries again.
 */
export class ScoringProviderError extends AppError {
  constructor(message: string, options?: { cause?: unknown }) {
    super("unprocessable", message);
    this.name = "ScoringProviderError";
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}
