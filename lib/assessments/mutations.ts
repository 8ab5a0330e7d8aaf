import "server-only";

import { eq, isNull, like } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import { assessmentRules, assessments } from "@/db/schema";
import { LIMITS, type AssessmentInput } from "@/lib/assessments/schemas";
import { assignTaskIds } from "@/lib/assessments/task-ids";
import { recordAudit } from "@/lib/audit/record";
import { canManage } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError, fieldError, forbidden, notFound } from "@/lib/errors";

const NAME_KEY = "assessments_active_name_key";
const ARCHIVED_REASON = "Assessment archived";

type Row = typeof assessments.$inferSelect;

function requireManager(scope: Scope) {
  if (!canManage(scope.role)) {
    throw forbidden("Only owners and admins can change assessments.");
  }
}

/** What the audit log keeps of an assessment, before and after a change. */
function snapshot(row: Row) {
  return {
    name: row.name,
    description: row.description,
    language: row.language,
    targetLevel: row.targetLevel,
    validityDays: row.validityDays,
    tasks: row.tasks,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** Runs `work`, turning a clash with another active name into a field error. */
async function withUniqueName<T>(name: string, work: () => Promise<T>) {
  try {
    return await work();
  } catch (error) {
    if (!isUniqueViolation(error, NAME_KEY)) throw error;
    throw fieldError(
      "name",
      `An active assessment is already called “${name}”.`,
    );
  }
}

async function lockAssessment(tx: Executor, scope: Scope, id: string) {
  const [row] = await tx
    .select()
    .from(assessments)
    .where(
      inOrganization(scope, assessments.organizationId, eq(assessments.id, id)),
    )
    .for("update");
  if (!row) throw notFound("That assessment");
  return row;
}

export async function createAssessment(
  scope: Scope,
  input: AssessmentInput,
): Promise<{ id: string }> {
  requireManager(scope);

  return withUniqueName(input.name, () =>
    db().transaction(async (tx) => {
      const [row] = await tx
        .insert(assessments)
        .values({
          ...input,
          tasks: assignTaskIds(input.tasks),
          organizationId: scope.organizationId,
          createdByUserId: scope.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");

      await recordAudit(tx, scope, {
        kind: "assessment.created",
        subjectType: "assessment",
        subjectId: row.id,
        after: snapshot(row),
      });
      return { id: row.id };
    }),
  );
}

export async function updateAssessment(
  scope: Scope,
  id: string,
  input: AssessmentInput,
): Promise<void> {
  requireManager(scope);

  await withUniqueName(input.name, () =>
    db().transaction(async (tx) => {
      const before = await lockAssessment(tx, scope, id);
      if (before.archivedAt) {
        throw new AppError("conflict", "Restore this assessment to edit it.");
      }

      const known = new Set(before.tasks.map((task) => task.id));
      const [after] = await tx
        .update(assessments)
        .set({ ...input, tasks: assignTaskIds(input.tasks, known) })
        .where(eq(assessments.id, before.id))
        .returning();
      if (!after) throw new Error("update returned no row");

      await recordAudit(tx, scope, {
        kind: "assessment.updated",
        subjectType: "assessment",
        subjectId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
    }),
  );
}

/** "Copy of X", or "Copy of X (2)" and so on when that is taken. */
async function freeCopyName(tx: Executor, scope: Scope, name: string) {
  const base = `Copy of ${name}`.slice(0, LIMITS.name.max - 5);
  const taken = await tx
    .select({ name: assessments.name })
    .from(assessments)
    .where(
      inOrganization(
        scope,
        assessments.organizationId,
        isNull(assessments.archivedAt),
        like(assessments.name, `${base.replace(/[\\%_]/g, "\\$&")}%`),
      ),
    );
  const names = new Set(taken.map((row) => row.name));
  let candidate = base;
  for (let n = 2; names.has(candidate); n += 1) candidate = `${base} (${n})`;
  return candidate;
}

export async function duplicateAssessment(
  scope: Scope,
  id: string,
): Promise<{ id: string; name: string }> {
  requireManager(scope);

  return db().transaction(async (tx) => {
    const source = await lockAssessment(tx, scope, id);
    const name = await freeCopyName(tx, scope, source.name);

    const [copy] = await tx
      .insert(assessments)
      .values({
        organizationId: scope.organizationId,
        name,
        description: source.description,
        language: source.language,
        targetLevel: source.targetLevel,
        validityDays: source.validityDays,
        tasks: assignTaskIds(source.tasks),
        createdByUserId: scope.userId,
      })
      .returning();
    if (!copy) throw new Error("insert returned no row");

    await recordAudit(tx, scope, {
      kind: "assessment.duplicated",
      subjectType: "assessment",
      subjectId: copy.id,
      before: { id: source.id, name: source.name },
      after: snapshot(copy),
    });
    return { id: copy.id, name };
  });
}

function enabledRulesOf(scope: Scope, assessmentId: string) {
  return inOrganization(
    scope,
    assessmentRules.organizationId,
    eq(assessmentRules.assessmentId, assessmentId),
    eq(assessmentRules.status, "enabled"),
  );
}

function pausedRulesMessage(count: number) {
  return count === 1
    ? "1 enabled rule uses this assessment. Archiving it pauses that rule " +
        "until it is given another assessment."
    : `${count} enabled rules use this assessment. Archiving it pauses ` +
        "those rules until they are given another assessment.";
}

/**
 * Archives the assessment. Rules that invite to it are paused in the same
 * transaction, but only once the person has seen how many and confirmed.
 */
export async function archiveAssessment(
  scope: Scope,
  id: string,
  options: { confirm: boolean },
): Promise<{ pausedRules: number }> {
  requireManager(scope);

  return db().transaction(async (tx) => {
    const before = await lockAssessment(tx, scope, id);
    if (before.archivedAt) return { pausedRules: 0 };

    const rules = await tx
      .select({ id: assessmentRules.id })
      .from(assessmentRules)
      .where(enabledRulesOf(scope, id))
      .for("update");
    if (rules.length > 0 && !options.confirm) {
      const message = pausedRulesMessage(rules.length);
      throw new AppError("conflict", message, { confirm: [message] });
    }

    const [after] = await tx
      .update(assessments)
      .set({ archivedAt: new Date() })
      .where(eq(assessments.id, before.id))
      .returning();
    if (!after) throw new Error("update returned no row");
    await tx
      .update(assessmentRules)
      .set({ status: "paused", pausedReason: ARCHIVED_REASON })
      .where(enabledRulesOf(scope, id));

    await recordAudit(tx, scope, {
      kind: "assessment.archived",
      subjectType: "assessment",
      subjectId: id,
      before: snapshot(before),
      after: { ...snapshot(after), pausedRuleIds: rules.map((r) => r.id) },
    });
    return { pausedRules: rules.length };
  });
}

/** Rules paused by the archive stay paused: an admin resumes them. */
export async function restoreAssessment(
  scope: Scope,
  id: string,
): Promise<void> {
  requireManager(scope);

  await db()
    .transaction(async (tx) => {
      const before = await lockAssessment(tx, scope, id);
      if (!before.archivedAt) return;

      const [after] = await tx
        .update(assessments)
        .set({ archivedAt: null })
        .where(eq(assessments.id, before.id))
        .returning();
      if (!after) throw new Error("update returned no row");

      await recordAudit(tx, scope, {
        kind: "assessment.restored",
        subjectType: "assessment",
        subjectId: id,
        before: snapshot(before),
        after: snapshot(after),
      });
    })
    .catch((error: unknown) => {
      if (!isUniqueViolation(error, NAME_KEY)) throw error;
      throw new AppError(
        "conflict",
        "Another active assessment has this name. Rename that one first.",
      );
    });
}
