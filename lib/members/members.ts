import { and, asc, eq } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import { memberships, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { canManage, memberChangeProblem, type Role } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { AppError, notFound } from "@/lib/errors";

export async function listMembers(scope: Scope) {
  return db()
    .select({
      membershipId: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      reviewer: memberships.reviewer,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inOrganization(scope, memberships.organizationId))
    .orderBy(asc(users.name));
}

/**
 * Loads the member to change and locks every owner row of the organization,
 * so two owners demoting each other at once cannot leave it ownerless.
 */
async function lockForChange(tx: Executor, scope: Scope, membershipId: string) {
  const owners = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(
      inOrganization(
        scope,
        memberships.organizationId,
        eq(memberships.role, "owner"),
      ),
    )
    .for("update");
  const [target] = await tx
    .select({
      id: memberships.id,
      role: memberships.role,
      userId: memberships.userId,
      email: users.email,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      inOrganization(
        scope,
        memberships.organizationId,
        eq(memberships.id, membershipId),
      ),
    )
    .for("update", { of: memberships });
  if (!target) throw notFound("That member");
  return { target, ownerCount: owners.length };
}

export async function changeMemberRole(
  scope: Scope,
  membershipId: string,
  role: Role,
): Promise<void> {
  await db().transaction(async (tx) => {
    const { target, ownerCount } = await lockForChange(tx, scope, membershipId);
    if (target.role === role) return;

    const problem = memberChangeProblem({
      actor: scope.role,
      target: target.role,
      next: role,
      ownerCount,
    });
    if (problem) throw new AppError("forbidden", problem);

    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.id, target.id)));
    await recordAudit(tx, scope, {
      kind: "member.role_changed",
      subjectType: "membership",
      subjectId: target.id,
      before: { email: target.email, role: target.role },
      after: { email: target.email, role },
    });
  });
}

export async function removeMember(
  scope: Scope,
  membershipId: string,
): Promise<void> {
  await db().transaction(async (tx) => {
    const { target, ownerCount } = await lockForChange(tx, scope, membershipId);
    const problem = memberChangeProblem({
      actor: scope.role,
      target: target.role,
      ownerCount,
    });
    if (problem) throw new AppError("forbidden", problem);

    // The account exists only for this organization, so it goes too.
    await tx.delete(users).where(eq(users.id, target.userId));
    await recordAudit(tx, scope, {
      kind: "member.removed",
      subjectType: "membership",
      subjectId: target.id,
      before: { email: target.email, role: target.role },
    });
  });
}

/**
 * Lets a member score results in the review queue, or stops them. Owners
 * and admins review anyway, so only members carry the switch.
 */
export async function setMemberReviewer(
  scope: Scope,
  membershipId: string,
  reviewer: boolean,
): Promise<void> {
  if (!canManage(scope.role)) {
    throw new AppError("forbidden", "Only owners and admins can do that.");
  }

  await db().transaction(async (tx) => {
    const [target] = await tx
      .select({
        id: memberships.id,
        role: memberships.role,
        reviewer: memberships.reviewer,
        email: users.email,
      })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(
        inOrganization(
          scope,
          memberships.organizationId,
          eq(memberships.id, membershipId),
        ),
      )
      .for("update", { of: memberships });
    if (!target) throw notFound("That member");
    if (target.reviewer === reviewer) return;

    await tx
      .update(memberships)
      .set({ reviewer })
      .where(eq(memberships.id, target.id));
    await recordAudit(tx, scope, {
      kind: "member.reviewer_changed",
      subjectType: "membership",
      subjectId: target.id,
      before: { email: target.email, reviewer: target.reviewer },
      after: { email: target.email, reviewer },
    });
  });
}
