import { sql } from "drizzle-orm";

import { databaseUrl, db } from "@/db/client";
import { env } from "@/lib/env";
import { producerBoss } from "@/lib/jobs/boss";
import { QUEUE_NAMES } from "@/lib/jobs/queues";

export type Health = {
  status: "ok" | "degraded";
  database: { ok: boolean; latencyMs?: number };
  queue: {
    ok: boolean;
    workerInApp: boolean;
    queued?: Record<string, number>;
  };
};

/** Database and queue status, safe to show to anyone: no secrets, no data. */
export async function checkHealth(): Promise<Health> {
  const [database, queue] = await Promise.all([checkDatabase(), checkQueue()]);
  const status = database.ok && queue.ok ? "ok" : "degraded";
  return { status, database, queue };
}

async function checkDatabase(): Promise<Health["database"]> {
  const started = performance.now();
  try {
    await db().execute(sql`select 1`);
    return { ok: true, latencyMs: Math.round(performance.now() - started) };
  } catch {
    return { ok: false };
  }
}

async function checkQueue(): Promise<Health["queue"]> {
  const workerInApp = env().WORKER_IN_APP;
  try {
    const boss = await producerBoss(databaseUrl());
    const queued: Record<string, number> = {};
    for (const name of QUEUE_NAMES) {
      queued[name] = await boss.getQueueSize(name);
    }
    return { ok: true, workerInApp, queued };
  } catch {
    return { ok: false, workerInApp };
  }
}
