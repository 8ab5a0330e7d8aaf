import "server-only";

import { and, count, eq, gte, isNotNull, isNull, lt, sql } from "drizzle-orm";

import type { AnyPgColumn } from "drizzle-orm/pg-core";

import { db } from "@/db/client";
import { assessments, invitations, results } from "@/db/schema";
import { CEFR_LEVELS, type CefrLevel } from "@/lib/assessments/schemas";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { rangeBounds, type DateRange } from "@/lib/organizations/date-range";

export const FUNNEL_STEPS = [
  "invited",
  "opened",
  "started",
  "completed",
  "reported",
] as const;

export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export type LevelCounts = Record<CefrLevel, number>;

export type LevelGroup = { label: string; total: number } & LevelCounts;

/** Invitations made in the range, the cohort every chart counts. */
function inRange(scope: Scope, range: DateRange) {
  const { start, end } = rangeBounds(range);
  return inOrganization(
    scope,
    invitations.organizationId,
    start ? gte(invitations.createdAt, start) : undefined,
    end ? lt(invitations.createdAt, end) : undefined,
  );
}

const reached = (column: AnyPgColumn) => sql<number>`count(${column})::int`;

/**
 * How far the invitations made in the range got. A step counts every
 * invitation that reached it, so later steps never exceed earlier ones.
 */
export async function getFunnel(
  scope: Scope,
  range: DateRange,
): Promise<Record<FunnelStep, number>> {
  const [row] = await db()
    .select({
      invited: count(),
      opened: reached(invitations.openedAt),
      started: reached(invitations.startedAt),
      completed: reached(invitations.completedAt),
      reported: sql<number>`count(*) filter (where ${invitations.status} = 'reported')::int`,
    })
    .from(invitations)
    .where(inRange(scope, range));

  return {
    invited: row?.invited ?? 0,
    opened: row?.opened ?? 0,
    started: row?.started ?? 0,
    completed: row?.completed ?? 0,
    reported: row?.reported ?? 0,
  };
}

/**
 * The current final CEFR levels of the range's invitations, per posting
 * and per assessment. Results waiting for review have no level yet.
 */
export async function getLevelDistribution(scope: Scope, range: DateRange) {
  const rows = await db()
    .select({
      postingName: invitations.postingName,
      assessmentName: assessments.name,
      level: results.overallLevel,
      total: count(),
    })
    .from(invitations)
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .innerJoin(
      results,
      and(
        eq(results.invitationId, invitations.id),
        isNull(results.supersededAt),
        eq(results.status, "final"),
        isNotNull(results.overallLevel),
      ),
    )
    .where(inRange(scope, range))
    .groupBy(invitations.postingName, assessments.name, results.overallLevel);

  return {
    byPosting: groupLevels(rows, (row) => row.postingName ?? "Any posting"),
    byAssessment: groupLevels(rows, (row) => row.assessmentName),
  };
}

type LevelRow = { level: CefrLevel | null; total: number };

function emptyLevels(): LevelCounts {
  return Object.fromEntries(CEFR_LEVELS.map((l) => [l, 0])) as LevelCounts;
}

/** Rows summed into one bar per label, the largest groups first. */
export function groupLevels<R extends LevelRow>(
  rows: R[],
  labelOf: (row: R) => string,
): LevelGroup[] {
  const groups = new Map<string, LevelGroup>();
  for (const row of rows) {
    if (!row.level) continue;
    const label = labelOf(row);
    const group = groups.get(label) ?? { label, total: 0, ...emptyLevels() };
    group[row.level] += row.total;
    group.total += row.total;
    groups.set(label, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.total - a.total || a.label.localeCompare(b.label),
  );
}
