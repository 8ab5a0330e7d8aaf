import "server-only";

import {
  asc,
  count,
  desc,
  eq,
  gte,
  ilike,
  inArray,
  lt,
  or,
  sql,
} from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { assessmentRules, assessments, invitations } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";
import type { ListParams } from "@/lib/invitations/list-params";

const DAY_MS = 86_400_000;

export type InvitationListRow = Awaited<
  ReturnType<typeof listInvitations>
>["rows"][number];

export type InvitationDetail = NonNullable<
  Awaited<ReturnType<typeof findInvitation>>
>;

export type FilterOptions = Awaited<ReturnType<typeof candidateFilterOptions>>;

/** `%text%` for ILIKE, with the user's own wildcards taken literally. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, "\\$&")}%`;
}

/**
 * The WHERE of the list and its count. Days are UTC days, so for someone
 * far from UTC a day's edge is off by their offset. The text search has
 * no index and scans the organization's rows (about 0.2 s at 100,000); a
 * trigram index on name and email, added by a migration, would fix that.
 */
function listFilter(scope: Scope, params: ListParams) {
  const from = params.from ? new Date(`${params.from}T00:00:00Z`) : null;
  // `to` is a whole day, so the range ends at the start of the next one.
  const to = params.to
    ? new Date(new Date(`${params.to}T00:00:00Z`).getTime() + DAY_MS)
    : null;

  return inOrganization(
    scope,
    invitations.organizationId,
    params.posting ? eq(invitations.postingId, params.posting) : undefined,
    params.stage ? eq(invitations.stageId, params.stage) : undefined,
    params.assessment
      ? eq(invitations.assessmentId, params.assessment)
      : undefined,
    params.status.length > 0
      ? inArray(invitations.status, params.status)
      : undefined,
    from ? gte(invitations.createdAt, from) : undefined,
    to ? lt(invitations.createdAt, to) : undefined,
    params.q
      ? or(
          ilike(invitations.candidateName, containing(params.q)),
          ilike(invitations.candidateEmail, containing(params.q)),
        )
      : undefined,
  );
}

/**
 * The ORDER BY of the list. The newest-first index stores
 * `created_at desc nulls last, id`, so sorting by creation spells out the
 * same null order and breaks ties on id in the matching direction: then
 * PostgreSQL reads a page straight from the index, in either direction.
 * Other sorts have no index; at 100,000 rows their top-N sort stays fast.
 */
function listOrder({ sort, order }: ListParams) {
  if (sort === "createdAt") {
    return order === "desc"
      ? [sql`${invitations.createdAt} desc nulls last`, asc(invitations.id)]
      : [sql`${invitations.createdAt} asc nulls first`, desc(invitations.id)];
  }

  const column = {
    candidateName: invitations.candidateName,
    status: invitations.status,
    expiresAt: invitations.expiresAt,
  }[sort];
  // Deleted candidates have no name; they go last whichever the direction.
  const primary =
    order === "asc"
      ? sql`${column} asc nulls last`
      : sql`${column} desc nulls last`;
  return [primary, asc(invitations.id)];
}

/**
 * One page of the organization's invitations and how many match in all.
 * Offset paging walks past the skipped rows: cheap for the first pages,
 * about 70 ms for page 3,000 of 100,000 rows.
 */
export async function listInvitations(scope: Scope, params: ListParams) {
  const where = listFilter(scope, params);

  const [rows, [counted]] = await Promise.all([
    db()
      .select({
        id: invitations.id,
        candidateName: invitations.candidateName,
        candidateEmail: invitations.candidateEmail,
        anonymizedAt: invitations.anonymizedAt,
        postingName: invitations.postingName,
        stageName: invitations.stageName,
        assessmentName: assessments.name,
        status: invitations.status,
        createdAt: invitations.createdAt,
        expiresAt: invitations.expiresAt,
      })
      .from(invitations)
      .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
      .where(where)
      .orderBy(...listOrder(params))
      .limit(params.pageSize)
      .offset((params.page - 1) * params.pageSize),
    db().select({ total: count() }).from(invitations).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

type Choice = { id: string; text: string };

function distinctChoices<T>(
  rows: T[],
  pick: (row: T) => { id: string | null; text: string | null },
): Choice[] {
  const byId = new Map<string, string>();
  for (const row of rows) {
    const { id, text } = pick(row);
    if (id && !byId.has(id)) byId.set(id, text ?? id);
  }
  return [...byId]
    .map(([id, text]) => ({ id, text }))
    .sort((a, b) => a.text.localeCompare(b.text));
}

/**
 * Choices for the Candidates filters. Postings and stages come from the
 * organization's rules, deleted ones included since their invitations
 * remain. A candidate invited through an "Any posting" rule has a posting
 * that no rule names, so that posting is missing from the choices until a
 * rule names it.
 */
export async function candidateFilterOptions(scope: Scope) {
  const [rules, assessmentRows] = await Promise.all([
    db()
      .select({
        postingId: assessmentRules.postingId,
        postingName: assessmentRules.postingName,
        stageId: assessmentRules.stageId,
        stageName: assessmentRules.stageName,
      })
      .from(assessmentRules)
      .where(inOrganization(scope, assessmentRules.organizationId))
      .orderBy(desc(assessmentRules.createdAt)),
    db()
      .select({ id: assessments.id, text: assessments.name })
      .from(assessments)
      .where(inOrganization(scope, assessments.organizationId))
      .orderBy(asc(assessments.name)),
  ]);

  return {
    postings: distinctChoices(rules, (r) => ({
      id: r.postingId,
      text: r.postingName,
    })),
    stages: distinctChoices(rules, (r) => ({
      id: r.stageId,
      text: r.stageName,
    })),
    assessments: assessmentRows,
  };
}

/** The invitation with its assessment, or null when the scope has none. */
export async function findInvitation(scope: Scope, id: string) {
  if (!z.uuid().safeParse(id).success) return null;

  const [row] = await db()
    .select({
      id: invitations.id,
      opportunityId: invitations.opportunityId,
      candidateName: invitations.candidateName,
      candidateEmail: invitations.candidateEmail,
      anonymizedAt: invitations.anonymizedAt,
      postingName: invitations.postingName,
      stageName: invitations.stageName,
      assessmentId: invitations.assessmentId,
      assessmentName: assessments.name,
      status: invitations.status,
      source: invitations.source,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      sentAt: invitations.sentAt,
      openedAt: invitations.openedAt,
      startedAt: invitations.startedAt,
      completedAt: invitations.completedAt,
      cancelledAt: invitations.cancelledAt,
      sendCount: invitations.sendCount,
      lastError: invitations.lastError,
    })
    .from(invitations)
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .where(
      inOrganization(scope, invitations.organizationId, eq(invitations.id, id)),
    );
  return row ?? null;
}

export async function invitationDetail(scope: Scope, id: string) {
  const invitation = await findInvitation(scope, id);
  if (!invitation) throw notFound("That candidate");
  return invitation;
}
