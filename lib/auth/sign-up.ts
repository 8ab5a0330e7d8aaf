import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { memberships, organizations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword, passwordProblem } from "@/lib/auth/password";
import type { SignUpInput } from "@/lib/auth/schemas";
import { isUniqueViolation } from "@/lib/db-errors";
import { fieldError } from "@/lib/errors";

export const EMAIL_TAKEN =
  "An account with this email already exists. Sign in instead.";

/**
 * Creates an organization with its first owner. The three rows are written
 * in one transaction: a failure part-way leaves nothing behind.
 */
export async function signUp(input: SignUpInput) {
  const problem = passwordProblem(input.password, [input.email, input.name]);
  if (problem) throw fieldError("password", problem);

  await assertEmailFree(input.email);
  const passwordHash = await hashPassword(input.password);

  try {
    return await db().transaction(async (tx) => {
      const [organization] = await tx
        .insert(organizations)
        .values({ name: input.organizationName })
        .returning();
      const [user] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, passwordHash })
        .returning({ id: users.id });
      if (!organization || !user) throw new Error("insert returned no row");

      await tx.insert(memberships).values({
        organizationId: organization.id,
        userId: user.id,
        role: "owner",
      });
      await recordAudit(
        tx,
        { organizationId: organization.id, userId: user.id },
        {
          kind: "organization.created",
          subjectType: "organization",
          subjectId: organization.id,
          after: { name: organization.name, owner: input.email },
        },
      );
      return { organizationId: organization.id, userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error, "users_email_key")) {
      throw fieldError("email", EMAIL_TAKEN);
    }
    throw error;
  }
}

export async function assertEmailFree(email: string): Promise<void> {
  const existing = await db()
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  if (existing.length > 0) throw fieldError("email", EMAIL_TAKEN);
}
