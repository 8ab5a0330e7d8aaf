import { asc, isNull } from "drizzle-orm";

import { db } from "@/db/client";
import { assessments } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";

/** Assessments a new rule may use: the organization's, not archived. */
export async function listAssessmentChoices(scope: Scope) {
  return db()
    .select({
      id: assessments.id,
      name: assessments.name,
      language: assessments.language,
      targetLevel: assessments.targetLevel,
    })
    .from(assessments)
    .where(
      inOrganization(
        scope,
        assessments.organizationId,
        isNull(assessments.archivedAt),
      ),
    )
    .orderBy(asc(assessments.name));
}

export type AssessmentChoice = Awaited<
  ReturnType<typeof listAssessmentChoices>
>[number];
