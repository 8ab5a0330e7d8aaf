import { and, eq, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

import type { Role } from "@/lib/auth/roles";

/**
 * The verified identity a request acts as. Every tenant-scoped read and
 * write takes one and filters by its organization.
 */
export type Scope = {
  userId: string;
  organizationId: string;
  role: Role;
};

/** `organization_id = scope.organizationId AND ...conditions`. */
export function inOrganization(
  scope: Scope,
  column: PgColumn,
  ...conditions: (SQL | undefined)[]
): SQL {
  const filter = and(eq(column, scope.organizationId), ...conditions);
  if (!filter) throw new Error("unreachable: eq() always yields a condition");
  return filter;
}
