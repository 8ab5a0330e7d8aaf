import "server-only";

import type { Scope } from "@/lib/auth/scope";
import { currentViewer, scopeOf } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { LeverApiError, LeverReconnectRequired } from "@/lib/lever/errors";
import { logFor } from "@/lib/log";

/**
 * A JSON GET handler for the signed-in viewer's organization. Failures
 * become a status and a message the browser can show; nothing internal
 * leaks.
 */
export function jsonForViewer<T>(
  name: string,
  read: (scope: Scope, request: Request) => Promise<T>,
) {
  return async (request: Request) => {
    const viewer = await currentViewer();
    if (!viewer) return message(401, "Sign in first.");

    try {
      return Response.json(await read(scopeOf(viewer), request));
    } catch (error) {
      return failure(name, error);
    }
  };
}

function failure(name: string, error: unknown): Response {
  if (error instanceof AppError) return message(error.status, error.message);
  if (error instanceof LeverReconnectRequired) {
    return message(
      409,
      "Lever access was revoked or expired. Reconnect to continue.",
    );
  }
  if (error instanceof LeverApiError) {
    return message(
      502,
      "Lever did not answer as expected. Try again in a moment.",
    );
  }
  logFor({ route: name }).error({ err: error }, "route failed");
  return message(500, "Something went wrong on our side.");
}

function message(status: number, text: string): Response {
  return Response.json({ message: text }, { status });
}
