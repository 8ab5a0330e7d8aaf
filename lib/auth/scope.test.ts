import { eq } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";

import { memberships } from "@/db/schema";
import { inOrganization, type Scope } from "@/lib/auth/scope";

const dialect = new PgDialect({ casing: "snake_case" });
const scope: Scope = {
  organizationId: "11111111-1111-4111-8111-111111111111",
  userId: "22222222-2222-4222-8222-222222222222",
  role: "member",
};

describe("inOrganization", () => {
  it("always filters by the scope's organization", () => {
    const query = dialect.sqlToQuery(
      inOrganization(scope, memberships.organizationId),
    );

    expect(query.sql).toContain('"memberships"."organization_id" = $1');
    expect(query.params).toEqual([scope.organizationId]);
  });

  it("adds further conditions with AND, never replacing the filter", () => {
    const query = dialect.sqlToQuery(
      inOrganization(
        scope,
        memberships.organizationId,
        eq(memberships.role, "owner"),
        undefined,
      ),
    );

    expect(query.sql).toBe(
      '("memberships"."organization_id" = $1 and "memberships"."role" = $2)',
    );
    expect(query.params).toEqual([scope.organizationId, "owner"]);
  });
});
