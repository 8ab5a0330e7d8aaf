import { count, eq } from "drizzle-orm";

import { createDatabase, createPool } from "@/db/client";
import { seedAssessments } from "@/db/seed-assessments";
import { seedResults } from "@/db/seed-results";
import { memberships, organizations, users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";

export const DEMO_LOGIN = {
  email: "admin@demo.hallo.test",
  password: "hallo-demo-password",
};

const DEMO_ORGANIZATION = "Alder & Finch Hotels";

const DEMO_PEOPLE = [
  { name: "Dana Okafor", email: DEMO_LOGIN.email, role: "owner" },
  { name: "Lukas Brenner", email: "lukas@demo.hallo.test", role: "admin" },
  { name: "Inés Ferrer", email: "ines@demo.hallo.test", role: "member" },
] as const;

/**
 * Creates the demo organization on an empty database, so a first
 * `npm start` has someone to sign in as. Returns false when the database
 * already holds organizations and was left alone.
 */
export async function seedDemo(url: string): Promise<boolean> {
  const pool = createPool(url, 1);
  const database = createDatabase(pool);

  try {
    const [existing] = await database
      .select({ total: count() })
      .from(organizations);
    if ((existing?.total ?? 0) > 0) return false;

    const passwordHash = await hashPassword(DEMO_LOGIN.password);
    await database.transaction(async (tx) => {
      const [organization] = await tx
        .insert(organizations)
        .values({ name: DEMO_ORGANIZATION })
        .returning({ id: organizations.id });
      if (!organization) throw new Error("insert returned no row");

      let ownerId: string | null = null;
      for (const person of DEMO_PEOPLE) {
        const [user] = await tx
          .insert(users)
          .values({ name: person.name, email: person.email, passwordHash })
          .returning({ id: users.id });
        if (!user) throw new Error("insert returned no row");
        await tx.insert(memberships).values({
          organizationId: organization.id,
          userId: user.id,
          role: person.role,
        });
        if (person.role === "owner") ownerId ??= user.id;
      }

      if (!ownerId) throw new Error("the demo has no owner");
      await recordAudit(
        tx,
        { organizationId: organization.id, userId: ownerId },
        {
          kind: "organization.created",
          subjectType: "organization",
          subjectId: organization.id,
          after: { name: DEMO_ORGANIZATION, owner: DEMO_LOGIN.email },
        },
      );
      await seedAssessments(tx, organization.id, ownerId);
      await seedResults(tx, organization.id);
    });
    return true;
  } finally {
    await pool.end();
  }
}

export async function demoLoginExists(url: string): Promise<boolean> {
  const pool = createPool(url, 1);
  try {
    const rows = await createDatabase(pool)
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_LOGIN.email));
    return rows.length > 0;
  } finally {
    await pool.end();
  }
}
