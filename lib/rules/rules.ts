import { and, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import { assessmentRules, assessments, invitations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { canManage } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError, fieldError, forbidden, notFound } from "@/lib/errors";
import { ANY_POSTING, type RuleForm } from "@/lib/rules/schemas";
import { DUPLICATE_RULE, ruleProblems } from "@/lib/rules/validation";

export type Rule = Awaited<ReturnType<typeof listRules>>[number];

export async function listRules(scope: Scope) {
  return db()
    .select({
      id: assessmentRules.id,
      postingId: assessmentRules.postingId,
      postingName: assessmentRules.postingName,
      stageId: assessmentRules.stageId,
      stageName: assessmentRules.stageName,
      assessmentId: assessmentRules.assessmentId,
      assessmentName: assessments.name,
      assessmentArchived: assessments.archivedAt,
      passLevel: assessmentRules.passLevel,
      tagOnInvite: assessmentRules.tagOnInvite,
      tagOnComplete: assessmentRules.tagOnComplete,
      tagWithLevel: assessmentRules.tagWithLevel,
      completionStageId: assessmentRules.completionStageId,
      completionStageName: assessmentRules.completionStageName,
      completionStageOnlyIfPassed: assessmentRules.completionStageOnlyIfPassed,
      status: assessmentRules.status,
      pausedReason: assessmentRules.pausedReason,
      createdAt: assessmentRules.createdAt,
      createdByName: users.name,
      invited: invitationCount(),
      invitationsCompleted: invitationCount(
        inArray(invitations.status, ["completed", "scored", "reported"]),
      ),
    })
    .from(assessmentRules)
    .innerJoin(assessments, eq(assessments.id, assessmentRules.assessmentId))
    .leftJoin(users, eq(users.id, assessmentRules.createdByUserId))
    .where(
      inOrganization(
        scope,
        assessmentRules.organizationId,
        isNull(assessmentRules.deletedAt),
      ),
    )
    .orderBy(desc(assessmentRules.createdAt));
}

// A correlated count per rule: the table lists tens of rules at most, and
// each count is one hit on the (rule_id, status) index.
function invitationCount(condition?: SQL) {
  const only = condition ? sql` and ${condition}` : sql``;
  return sql<number>`(select count(*) from ${invitations} where ${invitations.ruleId} = ${assessmentRules.id}${only})`.mapWith(
    Number,
  );
}

function assertManager(scope: Scope) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can change assessment rules.");
  }
}

function columns(form: RuleForm) {
  const anyPosting = form.postingId === ANY_POSTING;
  return {
    postingId: anyPosting ? null : form.postingId,
    postingName: anyPosting ? null : form.postingName,
    stageId: form.stageId,
    stageName: form.stageName,
    assessmentId: form.assessmentId,
    passLevel: form.passLevel,
    tagOnInvite: form.tagOnInvite,
    tagOnComplete: form.tagOnComplete,
    tagWithLevel: form.tagWithLevel,
    completionStageId: form.completionStageId,
    completionStageName: form.completionStageId
      ? form.completionStageName
      : null,
    completionStageOnlyIfPassed: form.completionStageOnlyIfPassed,
  };
}

/** Checks the rule and that its assessment is this organization's, usable. */
async function validate(tx: Executor, scope: Scope, form: RuleForm) {
  const problems = ruleProblems(form);
  const [field] = Object.keys(problems);
  if (field) {
    throw new AppError(
      "unprocessable",
      "Please correct the highlighted fields.",
      problems,
    );
  }

  const [assessment] = await tx
    .select({ id: assessments.id })
    .from(assessments)
    .where(
      inOrganization(
        scope,
        assessments.organizationId,
        eq(assessments.id, form.assessmentId),
        isNull(assessments.archivedAt),
      ),
    );
  if (!assessment)
    throw fieldError(
      "assessmentId",
      "Choose an assessment that is not archived.",
    );
}

function translateDuplicate(error: unknown): never {
  if (
    isUniqueViolation(error, "assessment_rules_posting_stage_assessment_key")
  ) {
    throw new AppError("conflict", DUPLICATE_RULE, {
      postingId: [DUPLICATE_RULE],
    });
  }
  throw error;
}

export async function createRule(scope: Scope, form: RuleForm) {
  assertManager(scope);

  try {
    return await db().transaction(async (tx) => {
      await validate(tx, scope, form);
      const [rule] = await tx
        .insert(assessmentRules)
        .values({
          ...columns(form),
          organizationId: scope.organizationId,
          createdByUserId: scope.userId,
        })
        .returning();
      if (!rule) throw new Error("insert returned no row");

      await recordAudit(tx, scope, {
        kind: "rule.created",
        subjectType: "assessment_rule",
        subjectId: rule.id,
        after: describeRule(rule),
      });
      return rule;
    });
  } catch (error) {
    translateDuplicate(error);
  }
}

export async function updateRule(scope: Scope, ruleId: string, form: RuleForm) {
  assertManager(scope);

  try {
    await db().transaction(async (tx) => {
      const before = await lockRule(tx, scope, ruleId);
      await validate(tx, scope, form);
      const [after] = await tx
        .update(assessmentRules)
        .set(columns(form))
        .where(eq(assessmentRules.id, ruleId))
        .returning();
      await recordAudit(tx, scope, {
        kind: "rule.updated",
        subjectType: "assessment_rule",
        subjectId: ruleId,
        before: describeRule(before),
        after: after ? describeRule(after) : null,
      });
    });
  } catch (error) {
    translateDuplicate(error);
  }
}

export async function setRulePaused(
  scope: Scope,
  ruleId: string,
  paused: boolean,
) {
  assertManager(scope);

  await db().transaction(async (tx) => {
    const before = await lockRule(tx, scope, ruleId);
    if (!paused && before.assessmentId)
      await assertAssessmentActive(tx, before.assessmentId);
    await tx
      .update(assessmentRules)
      .set({
        status: paused ? "paused" : "enabled",
        pausedReason: paused ? "Paused by an admin" : null,
      })
      .where(eq(assessmentRules.id, ruleId));
    await recordAudit(tx, scope, {
      kind: paused ? "rule.paused" : "rule.resumed",
      subjectType: "assessment_rule",
      subjectId: ruleId,
      before: { status: before.status },
      after: { status: paused ? "paused" : "enabled" },
    });
  });
}

async function assertAssessmentActive(tx: Executor, assessmentId: string) {
  const [row] = await tx
    .select({ archivedAt: assessments.archivedAt })
    .from(assessments)
    .where(eq(assessments.id, assessmentId));
  if (row?.archivedAt) {
    throw new AppError(
      "conflict",
      "Its assessment is archived. Restore the assessment first.",
    );
  }
}

/**
 * Deletes a rule. A rule that has invited anyone is kept, hidden and
 * paused, as the history of its invitations; the others are erased.
 */
export async function deleteRule(scope: Scope, ruleId: string) {
  assertManager(scope);

  await db().transaction(async (tx) => {
    const before = await lockRule(tx, scope, ruleId);
    const [used] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(eq(invitations.ruleId, ruleId))
      .limit(1);

    if (used) {
      await tx
        .update(assessmentRules)
        .set({
          deletedAt: new Date(),
          status: "paused",
          pausedReason: "Deleted",
        })
        .where(eq(assessmentRules.id, ruleId));
    } else {
      await tx.delete(assessmentRules).where(eq(assessmentRules.id, ruleId));
    }
    await recordAudit(tx, scope, {
      kind: "rule.deleted",
      subjectType: "assessment_rule",
      subjectId: ruleId,
      before: describeRule(before),
      after: used ? { keptAsHistoryOfInvitations: true } : undefined,
    });
  });
}

/** Pauses every enabled rule of the organization, e.g. on disconnect. */
export async function pauseAllRules(
  tx: Executor,
  scope: Scope,
  reason: string,
) {
  return tx
    .update(assessmentRules)
    .set({ status: "paused", pausedReason: reason })
    .where(
      and(
        eq(assessmentRules.organizationId, scope.organizationId),
        eq(assessmentRules.status, "enabled"),
      ),
    )
    .returning({ id: assessmentRules.id });
}

async function lockRule(tx: Executor, scope: Scope, ruleId: string) {
  const [rule] = await tx
    .select()
    .from(assessmentRules)
    .where(
      inOrganization(
        scope,
        assessmentRules.organizationId,
        eq(assessmentRules.id, ruleId),
        isNull(assessmentRules.deletedAt),
      ),
    )
    .for("update");
  if (!rule) throw notFound("That rule");
  return rule;
}

function describeRule(rule: typeof assessmentRules.$inferSelect) {
  return {
    posting: rule.postingName ?? "Any posting",
    stage: rule.stageName,
    assessmentId: rule.assessmentId,
    passLevel: rule.passLevel,
    status: rule.status,
  };
}
