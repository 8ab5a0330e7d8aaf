import "server-only";

import { and, asc, count, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { assessmentRules, assessments } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { notFound } from "@/lib/errors";

const summary = {
  id: assessments.id,
  name: assessments.name,
  description: assessments.description,
  language: assessments.language,
  targetLevel: assessments.targetLevel,
  validityDays: assessments.validityDays,
  tasks: assessments.tasks,
  archivedAt: assessments.archivedAt,
  createdAt: assessments.createdAt,
  updatedAt: assessments.updatedAt,
};

const ruleOfAssessment = and(
  eq(assessmentRules.assessmentId, assessments.id),
  eq(assessmentRules.organizationId, assessments.organizationId),
  isNull(assessmentRules.deletedAt),
);

const enabledRuleCount = () =>
  sql<number>`count(${assessmentRules.id}) filter (where ${assessmentRules.status} = 'enabled')`.mapWith(
    Number,
  );

export type Assessment = Awaited<ReturnType<typeof getAssessment>>;

export type AssessmentListItem = Awaited<
  ReturnType<typeof listAssessments>
>[number];

export async function listAssessments(
  scope: Scope,
  options: { includeArchived?: boolean } = {},
) {
  return db()
    .select({
      ...summary,
      ruleCount: count(assessmentRules.id),
      enabledRuleCount: enabledRuleCount(),
    })
    .from(assessments)
    .leftJoin(assessmentRules, ruleOfAssessment)
    .where(
      inOrganization(
        scope,
        assessments.organizationId,
        options.includeArchived ? undefined : isNull(assessments.archivedAt),
      ),
    )
    .groupBy(assessments.id)
    .orderBy(sql`${assessments.archivedAt} is not null`, asc(assessments.name));
}

/** The assessment with its rule counts, or null when the scope has none. */
export async function findAssessment(scope: Scope, id: string) {
  if (!z.uuid().safeParse(id).success) return null;

  const [row] = await db()
    .select({
      ...summary,
      enabledRuleCount: enabledRuleCount(),
    })
    .from(assessments)
    .leftJoin(assessmentRules, ruleOfAssessment)
    .where(
      inOrganization(scope, assessments.organizationId, eq(assessments.id, id)),
    )
    .groupBy(assessments.id);
  return row ?? null;
}

export async function getAssessment(scope: Scope, id: string) {
  const assessment = await findAssessment(scope, id);
  if (!assessment) throw notFound("That assessment");
  return assessment;
}
