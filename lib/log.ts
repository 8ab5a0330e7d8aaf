import pino, { type Logger } from "pino";
import pretty from "pino-pretty";

import { env } from "@/lib/env";

// Secrets must never reach a log line, even when a caller logs a whole
// object by mistake.
const redact = {
  paths: [
    "password",
    "*.password",
    "passwordHash",
    "*.passwordHash",
    "token",
    "*.token",
    "accessToken",
    "*.accessToken",
    "refreshToken",
    "*.refreshToken",
    "authorization",
    "*.authorization",
    "headers.cookie",
  ],
  censor: "[redacted]",
};

function createLogger(): Logger {
  const { LOG_LEVEL, LOG_FORMAT } = env();
  const options = { level: LOG_LEVEL, redact, base: { app: "hallo" } };

  if (LOG_FORMAT === "pretty") {
    return pino(
      options,
      pretty({ colorize: true, ignore: "pid,hostname,app" }),
    );
  }
  return pino(options);
}

let root: Logger | undefined;

export function logger(): Logger {
  root ??= createLogger();
  return root;
}

/** A child logger for one request, job or script, tagged for correlation. */
export function logFor(bindings: Record<string, unknown>): Logger {
  return logger().child(bindings);
}
