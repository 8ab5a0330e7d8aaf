import { sql } from "drizzle-orm";
import { z } from "zod";

import { databaseUrl, db } from "@/db/client";
import { recordAudit } from "@/lib/audit/record";
import { canManage } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { forbidden, notFound } from "@/lib/errors";
import { producerBoss } from "@/lib/jobs/boss";

const QUEUE_LABELS: Record<string, string> = {
  "deliveries.process": "Process a webhook delivery",
  "email.send": "Send an email",
  "rules.backfill": "Invite candidates already in a stage",
  "invitations.sweep": "Expire invitations and send reminders",
};

const failedRow = z.object({
  id: z.string(),
  name: z.string(),
  retry_count: z.coerce.number(),
  created_on: z.coerce.date(),
  completed_on: z.coerce.date().nullable(),
  output: z.unknown(),
});

export type FailedJob = {
  id: string;
  queue: string;
  label: string;
  attempts: number;
  error: string;
  createdAt: Date;
  failedAt: Date | null;
};

/**
 * Jobs of the organization that pg-boss gave up on after their retries.
 * Every job the pipeline sends names its organization in its data.
 */
export async function listFailedJobs(
  scope: Scope,
  limit = 50,
): Promise<FailedJob[]> {
  if (!canManage(scope.role)) throw forbidden();

  const result = await db().execute(sql`
    select id, name, retry_count, created_on, completed_on, output
    from pgboss.job
    where state = 'failed' and data->>'organizationId' = ${scope.organizationId}
    order by completed_on desc nulls last
    limit ${limit}`);
  return result.rows.map((raw) => {
    const row = failedRow.parse(raw);
    return {
      id: row.id,
      queue: row.name,
      label: QUEUE_LABELS[row.name] ?? row.name,
      attempts: row.retry_count + 1,
      error: errorMessage(row.output),
      createdAt: row.created_on,
      failedAt: row.completed_on,
    };
  });
}

/** Sends a failed job of the organization through its queue again. */
export async function retryFailedJob(scope: Scope, queue: string, id: string) {
  if (!canManage(scope.role)) throw forbidden();
  if (!z.uuid().safeParse(id).success) throw notFound("That job");

  const result = await db().execute(sql`
    select 1 from pgboss.job
    where id = ${id} and name = ${queue} and state = 'failed'
      and data->>'organizationId' = ${scope.organizationId}`);
  if (result.rows.length === 0) throw notFound("That failed job");

  const boss = await producerBoss(databaseUrl());
  await boss.retry(queue, id);
  await recordAudit(db(), scope, {
    kind: "job.retried",
    subjectType: "job",
    subjectId: id,
    after: { queue },
  });
}

function errorMessage(output: unknown): string {
  const parsed = z.object({ message: z.string() }).loose().safeParse(output);
  return parsed.success
    ? parsed.data.message
    : "No error message was recorded.";
}
