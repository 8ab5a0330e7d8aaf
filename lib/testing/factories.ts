import { randomUUID } from "node:crypto";

import { db } from "@/db/client";
import { assessments, memberships, users } from "@/db/schema";
import {
  assessmentSchema,
  type AssessmentInput,
} from "@/lib/assessments/schemas";
import type { Role } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { signUp } from "@/lib/auth/sign-up";

export const STRONG_PASSWORD = "violet-harbour-lantern-42";

export function uniqueEmail(label = "person"): string {
  return `${label}-${randomUUID().slice(0, 8)}@test.hallo.example`;
}

/** A new organization and the scope of its owner. */
export async function createOrganization(name = "Test Org"): Promise<Scope> {
  const { organizationId, userId } = await signUp({
    organizationName: name,
    name: "Olivia Owner",
    email: uniqueEmail("owner"),
    password: STRONG_PASSWORD,
  });
  return { organizationId, userId, role: "owner" };
}

/** Adds a person with `role` to the organization of `scope`. */
export async function addMember(scope: Scope, role: Role) {
  const email = uniqueEmail(role);
  return db().transaction(async (tx) => {
    const [user] = await tx
      .insert(users)
      .values({ email, name: `Test ${role}`, passwordHash: "not-a-real-hash" })
      .returning({ id: users.id });
    if (!user) throw new Error("insert returned no row");
    const [membership] = await tx
      .insert(memberships)
      .values({ organizationId: scope.organizationId, userId: user.id, role })
      .returning({ id: memberships.id });
    if (!membership) throw new Error("insert returned no row");

    const memberScope: Scope = {
      organizationId: scope.organizationId,
      userId: user.id,
      role,
    };
    return { scope: memberScope, membershipId: membership.id, email };
  });
}

/** A valid assessment with one speaking and one writing task. */
export function assessmentInput(name = "Front desk English"): AssessmentInput {
  return assessmentSchema.parse({
    name,
    language: "en-GB",
    targetLevel: "B2",
    validityDays: 7,
    tasks: [
      {
        kind: "speaking",
        prompt: "Greet a guest who arrives late at night.",
        preparationSeconds: 30,
        maxAnswerSeconds: 90,
      },
      {
        kind: "writing",
        prompt: "Write an email confirming a booking.",
        minWords: 80,
        maxWords: 150,
        timeLimitSeconds: 900,
      },
    ],
  });
}

/** A minimal assessment owned by the scope's organization. */
export async function createTestAssessment(scope: Scope, name?: string) {
  const [row] = await db()
    .insert(assessments)
    .values({
      organizationId: scope.organizationId,
      name: name ?? `Assessment ${randomUUID().slice(0, 8)}`,
      language: "en-GB",
      targetLevel: "B2",
      validityDays: 7,
      tasks: [
        {
          id: randomUUID(),
          kind: "writing",
          prompt: "Write a short reply to a customer whose parcel is late.",
          minWords: 60,
          maxWords: 150,
          timeLimitSeconds: 900,
        },
      ],
      createdByUserId: scope.userId,
    })
    .returning({ id: assessments.id });
  if (!row) throw new Error("insert returned no row");
  return row.id;
}
