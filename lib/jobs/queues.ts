import type PgBoss from "pg-boss";

// Names and policies only; the handlers live in registry.ts, so code that
// merely sends jobs does not load every handler. expireInSeconds bounds how
// long a job whose worker or database vanished stays taken before it is
// retried; it is well above what each handler takes.
export const QUEUE_OPTIONS = {
  "maintenance.purge-expired": {
    policy: "singleton",
    retryLimit: 2,
    retryBackoff: true,
  },
  "rules.backfill": { retryLimit: 3, retryBackoff: true, retryDelay: 10 },
  "deliveries.process": {
    retryLimit: 8,
    retryBackoff: true,
    retryDelay: 2,
    expireInSeconds: 300,
  },
  "email.send": {
    retryLimit: 5,
    retryBackoff: true,
    retryDelay: 30,
    expireInSeconds: 180,
  },
  "attempts.score": {
    retryLimit: 5,
    retryBackoff: true,
    retryDelay: 5,
    expireInSeconds: 600,
  },
  "feedback.post": {
    retryLimit: 10,
    retryBackoff: true,
    retryDelay: 5,
    expireInSeconds: 300,
  },
  "invitations.sweep": {
    policy: "singleton",
    retryLimit: 2,
    retryBackoff: true,
  },
} satisfies Record<string, Omit<PgBoss.Queue, "name">>;

export type QueueName = keyof typeof QUEUE_OPTIONS;

export const QUEUE_NAMES = Object.keys(QUEUE_OPTIONS) as QueueName[];
