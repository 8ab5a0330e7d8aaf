import { asc, count, eq, inArray, sql } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";

import { db } from "@/db/client";
import {
  assessmentRules,
  auditEvents,
  invitations,
  memberships,
  pipelineEvents,
  reportLinks,
  results,
  users,
} from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";

// Readers of what is stored, for tests that prove an attempt changed
// nothing: each reads whole rows, so any changed column shows.

/** The row of `table` with `id`; a missing row fails the test. */
export async function storedRow(
  table: PgTable & { id: AnyPgColumn },
  id: string,
) {
  const [row] = await db().select().from(table).where(eq(table.id, id));
  if (!row) throw new Error(`no row ${id} in the table`);
  return row;
}

/** A candidate's invitation with its timeline, results and report links. */
export async function candidateRecord(invitationId: string) {
  const ofInvitation = <T extends { invitationId: AnyPgColumn }>(table: T) =>
    eq(table.invitationId, invitationId);

  return {
    invitation: await storedRow(invitations, invitationId),
    steps: await db()
      .select()
      .from(pipelineEvents)
      .where(ofInvitation(pipelineEvents))
      .orderBy(asc(pipelineEvents.at)),
    results: await db()
      .select()
      .from(results)
      .where(ofInvitation(results))
      .orderBy(asc(results.version)),
    reportLinks: await db()
      .select()
      .from(reportLinks)
      .where(ofInvitation(reportLinks))
      .orderBy(asc(reportLinks.createdAt)),
  };
}

/** Every rule, of any organization, that invites to the assessment. */
export async function rulesUsing(assessmentId: string) {
  return db()
    .select()
    .from(assessmentRules)
    .where(eq(assessmentRules.assessmentId, assessmentId))
    .orderBy(asc(assessmentRules.id));
}

/** A membership and its person's account. */
export async function memberRecord(membershipId: string) {
  const [member] = await db()
    .select()
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.id, membershipId));
  if (!member) throw new Error(`no member ${membershipId}`);
  return member;
}

/** A job as pg-boss keeps it: a retried job changes state. */
export async function failedJobRecord(id: string) {
  const { rows } = await db().execute(
    sql`select name, state, retry_count, data from pgboss.job
        where id = ${id}`,
  );
  if (rows.length !== 1) throw new Error(`no job ${id}`);
  return rows[0];
}

/** How many audit events the organizations have: each change adds one. */
export async function auditTrailLength(...scopes: Scope[]) {
  const [row] = await db()
    .select({ events: count() })
    .from(auditEvents)
    .where(
      inArray(
        auditEvents.organizationId,
        scopes.map((scope) => scope.organizationId),
      ),
    );
  return row?.events ?? 0;
}
