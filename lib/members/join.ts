import { eq } from "drizzle-orm";

import { db, type Executor } from "@/db/client";
import {
  membershipInvitations,
  memberships,
  organizations,
  users,
} from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { AcceptInvitationInput } from "@/lib/auth/schemas";
import { EMAIL_TAKEN } from "@/lib/auth/sign-up";
import { isUniqueViolation } from "@/lib/db-errors";
import { AppError, fieldError } from "@/lib/errors";
import { hashLinkToken } from "@/lib/security/tokens";

export const INVITATION_PROBLEMS = {
  unknown: "This invitation link is not valid. Ask for a new one.",
  used: "This invitation has already been used. Sign in instead.",
  revoked: "This invitation was withdrawn. Ask for a new one.",
  expired: "This invitation has expired. Ask for a new one.",
} as const;

export type InvitationProblem = keyof typeof INVITATION_PROBLEMS;

export type InvitationView = {
  email: string;
  role: string;
  organizationName: string;
};

/** What the join page shows for a link, or why the link cannot be used. */
export async function lookUpInvitation(
  token: string,
): Promise<{ invitation: InvitationView } | { problem: InvitationProblem }> {
  const [row] = await db()
    .select({
      email: membershipInvitations.email,
      role: membershipInvitations.role,
      organizationName: organizations.name,
      acceptedAt: membershipInvitations.acceptedAt,
      revokedAt: membershipInvitations.revokedAt,
      expiresAt: membershipInvitations.expiresAt,
    })
    .from(membershipInvitations)
    .innerJoin(
      organizations,
      eq(organizations.id, membershipInvitations.organizationId),
    )
    .where(eq(membershipInvitations.tokenHash, hashLinkToken(token)))
    .limit(1);

  const problem = invitationProblem(row);
  if (problem || !row) return { problem: problem ?? "unknown" };
  return {
    invitation: {
      email: row.email,
      role: row.role,
      organizationName: row.organizationName,
    },
  };
}

export function invitationProblem(
  row:
    | { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }
    | undefined,
  now = new Date(),
): InvitationProblem | null {
  if (!row) return "unknown";
  if (row.acceptedAt) return "used";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt <= now) return "expired";
  return null;
}

export function invitationError(problem: InvitationProblem): AppError {
  return new AppError("unprocessable", INVITATION_PROBLEMS[problem], {
    token: [INVITATION_PROBLEMS[problem]],
  });
}

/**
 * Creates the invited person's account and membership. The invitation row
 * is locked for the whole transaction, so two people racing with the same
 * link cannot both get in.
 */
export async function acceptInvitation(input: AcceptInvitationInput) {
  const tokenHash = hashLinkToken(input.token);

  return db().transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(membershipInvitations)
      .where(eq(membershipInvitations.tokenHash, tokenHash))
      .for("update");
    const problem = invitationProblem(invitation);
    if (problem || !invitation) throw invitationError(problem ?? "unknown");

    const weak = passwordProblem(input.password, [
      invitation.email,
      input.name,
    ]);
    if (weak) throw fieldError("password", weak);

    const userId = await createInvitedUser(tx, invitation.email, input);
    await tx.insert(memberships).values({
      organizationId: invitation.organizationId,
      userId,
      role: invitation.role,
    });
    await tx
      .update(membershipInvitations)
      .set({ acceptedAt: new Date(), acceptedByUserId: userId })
      .where(eq(membershipInvitations.id, invitation.id));
    await recordAudit(
      tx,
      { organizationId: invitation.organizationId, userId },
      {
        kind: "member.joined",
        subjectType: "membership",
        subjectId: userId,
        after: { email: invitation.email, role: invitation.role },
      },
    );
    return { email: invitation.email };
  });
}

async function createInvitedUser(
  tx: Executor,
  email: string,
  input: AcceptInvitationInput,
): Promise<string> {
  const passwordHash = await hashPassword(input.password);
  try {
    const [user] = await tx
      .insert(users)
      .values({ email, name: input.name, passwordHash })
      .returning({ id: users.id });
    if (!user) throw new Error("insert returned no row");
    return user.id;
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw new AppError("conflict", EMAIL_TAKEN);
    }
    throw error;
  }
}
