import { z } from "zod";

import { emailField } from "@/lib/auth/schemas";
import { ROLES } from "@/lib/auth/roles";

const role = z.enum(ROLES, { message: "Choose a role." });
const id = z.uuid("That member or invitation does not exist.");

export const inviteMemberSchema = z.object({ email: emailField, role });

export const changeRoleSchema = z.object({ membershipId: id, role });

export const removeMemberSchema = z.object({ membershipId: id });

export const reviewerSchema = z.object({
  membershipId: id,
  reviewer: z.stringbool(),
});

export const invitationIdSchema = z.object({ invitationId: id });

export type InviteMemberInput = z.infer<typeof inviteMemberSchema>;
