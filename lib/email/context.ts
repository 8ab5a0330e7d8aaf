import { and, eq } from "drizzle-orm";

import { invitations } from "@/db/schema";
import {
  findInvitationContext,
  type InvitationContext,
} from "@/lib/invitations/context";

/**
 * The invitation with what its messages mention, or null when the
 * organization has no such invitation.
 */
export function loadInvitationContext(
  organizationId: string,
  invitationId: string,
): Promise<InvitationContext | null> {
  return findInvitationContext(
    and(
      eq(invitations.organizationId, organizationId),
      eq(invitations.id, invitationId),
    ),
  );
}
