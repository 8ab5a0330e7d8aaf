import { and, eq } from "drizzle-orm";

import { db } from "@/db/client";
import { assessments, invitations, organizations } from "@/db/schema";
import type { InvitationContext } from "@/lib/email/facts";

/**
 * The invitation with what its messages mention, or null when the
 * organization has no such invitation.
 */
export async function loadInvitationContext(
  organizationId: string,
  invitationId: string,
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
    .where(
      and(
        eq(invitations.organizationId, organizationId),
        eq(invitations.id, invitationId),
      ),
    );
  return row ?? null;
}
