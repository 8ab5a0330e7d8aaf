import { eq, gt, isNull, sql } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import { membershipInvitations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { grantableRoles } from "@/lib/auth/roles";
import { inOrganization, type Scope } from "@/lib/auth/scope";
import { fieldError, forbidden, notFound } from "@/lib/errors";
import type { InviteMemberInput } from "@/lib/members/schemas";
import { newLinkToken } from "@/lib/security/tokens";

export const INVITATION_VALID_DAYS = 7;

export type IssuedInvitation = { invitationId: string; token: string };

function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + INVITATION_VALID_DAYS * 86_400_000);
}

/**
 * Invites an email address to the organization. Inviting an address that
 * already has a pending invitation replaces it, so only the newest link
 * works.
 */
export async function inviteMember(
  scope: Scope,
  input: InviteMemberInput,
): Promise<IssuedInvitation> {
  if (!grantableRoles(scope.role).includes(input.role)) {
    throw fieldError("role", "You cannot invite someone with that role.");
  }
  await assertNotMember(input.email);

  const { token, tokenHash } = newLinkToken();
  const invitationId = await db().transaction(async (tx) => {
    await revokePending(tx, scope, input.email);
    const [row] = await tx
      .insert(membershipInvitations)
      .values({
        organizationId: scope.organizationId,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedByUserId: scope.userId,
        expiresAt: expiryFrom(new Date()),
      })
      .returning({ id: membershipInvitations.id });
    if (!row) throw new Error("insert returned no row");

    await recordAudit(tx, scope, {
      kind: "member.invited",
      subjectType: "invitation",
      subjectId: row.id,
      after: { email: input.email, role: input.role },
    });
    return row.id;
  });
  return { invitationId, token };
}

async function assertNotMember(email: string) {
  const [existing] = await db()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (existing) {
    throw fieldError("email", "This email already has a Hallo account.");
  }
}

async function revokePending(tx: Executor, scope: Scope, email: string) {
  await tx
    .update(membershipInvitations)
    .set({ revokedAt: new Date() })
    .where(
      inOrganization(
        scope,
        membershipInvitations.organizationId,
        eq(membershipInvitations.email, email),
        isNull(membershipInvitations.acceptedAt),
        isNull(membershipInvitations.revokedAt),
      ),
    );
}

/** Issues a fresh link for a pending invitation; the old link stops working. */
export async function renewInvitation(
  scope: Scope,
  invitationId: string,
): Promise<IssuedInvitation> {
  const { token, tokenHash } = newLinkToken();

  await db().transaction(async (tx) => {
    const invitation = await pendingInvitation(tx, scope, invitationId);
    await tx
      .update(membershipInvitations)
      .set({ tokenHash, expiresAt: expiryFrom(new Date()) })
      .where(eq(membershipInvitations.id, invitation.id));
    await recordAudit(tx, scope, {
      kind: "member.invitation_renewed",
      subjectType: "invitation",
      subjectId: invitation.id,
      after: { email: invitation.email },
    });
  });
  return { invitationId, token };
}

export async function revokeInvitation(scope: Scope, invitationId: string) {
  await db().transaction(async (tx) => {
    const invitation = await pendingInvitation(tx, scope, invitationId);
    await tx
      .update(membershipInvitations)
      .set({ revokedAt: new Date() })
      .where(eq(membershipInvitations.id, invitation.id));
    await recordAudit(tx, scope, {
      kind: "member.invitation_revoked",
      subjectType: "invitation",
      subjectId: invitation.id,
      before: { email: invitation.email, role: invitation.role },
    });
  });
}

async function pendingInvitation(tx: Executor, scope: Scope, id: string) {
  const [invitation] = await tx
    .select()
    .from(membershipInvitations)
    .where(
      inOrganization(
        scope,
        membershipInvitations.organizationId,
        eq(membershipInvitations.id, id),
        isNull(membershipInvitations.acceptedAt),
        isNull(membershipInvitations.revokedAt),
      ),
    )
    .for("update");
  if (!invitation) throw notFound("That invitation");
  if (!grantableRoles(scope.role).includes(invitation.role)) throw forbidden();
  return invitation;
}

export async function listPendingInvitations(scope: Scope) {
  return db()
    .select({
      id: membershipInvitations.id,
      email: membershipInvitations.email,
      role: membershipInvitations.role,
      expiresAt: membershipInvitations.expiresAt,
      createdAt: membershipInvitations.createdAt,
      invitedBy: users.name,
    })
    .from(membershipInvitations)
    .leftJoin(users, eq(users.id, membershipInvitations.invitedByUserId))
    .where(pendingInvitations(scope))
    .orderBy(membershipInvitations.createdAt);
}

/** Invitations of the scope's organization that can still be used. */
export function pendingInvitations(scope: Scope) {
  return inOrganization(
    scope,
    membershipInvitations.organizationId,
    isNull(membershipInvitations.acceptedAt),
    isNull(membershipInvitations.revokedAt),
    gt(membershipInvitations.expiresAt, sql`now()`),
  );
}
