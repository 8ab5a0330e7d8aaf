import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";

import { db } from "@/db/client";
import { auditEvents, memberships, organizations, users } from "@/db/schema";
import { signUp } from "@/lib/auth/sign-up";
import { AppError } from "@/lib/errors";
import { STRONG_PASSWORD, uniqueEmail } from "@/lib/testing/factories";

const input = (email = uniqueEmail()) => ({
  organizationName: "Harbour Logistics",
  name: "Ada Brandt",
  email,
  password: STRONG_PASSWORD,
});

async function countRows(organizationName: string) {
  const [orgs] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(organizations)
    .where(eq(organizations.name, organizationName));
  return orgs?.n ?? 0;
}

describe("signUp", () => {
  it("creates the organization, its owner and an audit entry", async () => {
    const { organizationId, userId } = await signUp(input());

    const [membership] = await db()
      .select()
      .from(memberships)
      .where(eq(memberships.userId, userId));
    expect(membership).toMatchObject({ organizationId, role: "owner" });
    const audit = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.organizationId, organizationId));
    expect(audit.map((a) => a.kind)).toEqual(["organization.created"]);
  });

  it("stores a hash, never the password", async () => {
    const email = uniqueEmail();
    await signUp(input(email));

    const [user] = await db()
      .select()
      .from(users)
      .where(eq(users.email, email));
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user?.passwordHash).not.toContain(STRONG_PASSWORD);
  });

  it("rejects a second account for the same email on the email field", async () => {
    const email = uniqueEmail();
    await signUp(input(email));

    const second = signUp({ ...input(email), organizationName: "Copycat Ltd" });
    await expect(second).rejects.toBeInstanceOf(AppError);
    await expect(second).rejects.toMatchObject({
      fieldErrors: { email: [expect.stringMatching(/already exists/)] },
    });
    expect(await countRows("Copycat Ltd")).toBe(0);
  });

  it("rejects a weak password and creates nothing", async () => {
    const organizationName = `Weak ${uniqueEmail()}`;
    const attempt = signUp({
      ...input(),
      organizationName,
      password: "password1",
    });

    await expect(attempt).rejects.toMatchObject({
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await countRows(organizationName)).toBe(0);
  });

  it("leaves nothing behind when a later step of the transaction fails", async () => {
    const email = uniqueEmail("doomed");
    const organizationName = `Doomed ${email}`;
    // A real database failure on the last insert of the three.
    await db().execute(
      sql.raw(`
        create or replace function fail_for_doomed() returns trigger as $$
        begin
          if exists (select 1 from users where id = new.user_id
                     and email like 'doomed-%') then
            raise exception 'injected failure';
          end if;
          return new;
        end $$ language plpgsql;
        drop trigger if exists fail_for_doomed on memberships;
        create trigger fail_for_doomed before insert on memberships
          for each row execute function fail_for_doomed();`),
    );

    try {
      await expect(
        signUp({ ...input(email), organizationName }),
      ).rejects.toThrow();
    } finally {
      await db().execute(
        sql.raw("drop trigger if exists fail_for_doomed on memberships"),
      );
    }

    expect(await countRows(organizationName)).toBe(0);
    const leftover = await db()
      .select()
      .from(users)
      .where(eq(users.email, email));
    expect(leftover).toHaveLength(0);
  });
});
