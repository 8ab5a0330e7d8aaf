import { and, eq, isNull, sql } from "drizzle-orm";

import { db } from "@/db/client";
import { assessmentRules, assessments } from "@/db/schema";

/** A rule with what inviting by it needs; see `decide` in matching.ts. */
export type StageRule = Awaited<ReturnType<typeof rulesForStage>>[number];

/** The organization's live (not deleted) rules on one Lever stage. */
export function rulesForStage(organizationId: string, stageId: string) {
  return db()
    .select({
      id: assessmentRules.id,
      postingId: assessmentRules.postingId,
      postingName: assessmentRules.postingName,
      stageId: assessmentRules.stageId,
      stageName: assessmentRules.stageName,
      status: assessmentRules.status,
      assessmentId: assessmentRules.assessmentId,
      validityDays: assessments.validityDays,
      assessmentArchived: sql<boolean>`${assessments.archivedAt} is not null`,
    })
    .from(assessmentRules)
    .innerJoin(assessments, eq(assessments.id, assessmentRules.assessmentId))
    .where(
      and(
        eq(assessmentRules.organizationId, organizationId),
        eq(assessmentRules.stageId, stageId),
        isNull(assessmentRules.deletedAt),
      ),
    );
}
