import { eq, type SQL } from "drizzle-orm";

import { db } from "@/db/client";
import { assessments, invitations, organizations } from "@/db/schema";

export type InvitationContext = {
  invitation: typeof invitations.$inferSelect;
  assessment: typeof assessments.$inferSelect;
  organizationName: string;
};

/**
 * One invitation with its assessment and organization name, as the
 * candidate's page and the candidate's emails both need it.
 */
export async function findInvitationContext(
  where: SQL | undefined,
): Promise<InvitationContext | null> {
  const [row] = await db()
    .select({
      invitation: invitations,
      assessment: assessments,
      organizationName: organizations.name,
    })
    .from(invitations)
    .innerJoin(assessments, eq(assessments.id, invitations.assessmentId))
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(where);
  return row ?? null;
}
