import { index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";

import { organizationRef, users } from "./accounts";
import { createdAt, id } from "./columns";

// Who changed what, with the state before and after, for the Activity page.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: id(),
    organizationId: organizationRef(),
    actorUserId: uuid().references(() => users.id, { onDelete: "set null" }),
    kind: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text(),
    before: jsonb(),
    after: jsonb(),
    createdAt: createdAt(),
  },
  (t) => [
    index("audit_events_organization_created_idx").on(
      t.organizationId,
      t.createdAt.desc(),
    ),
  ],
);
