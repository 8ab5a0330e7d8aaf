"use server";

import { revalidatePath } from "next/cache";

import { scopedAction } from "@/lib/actions/action";
import { env } from "@/lib/env";
import {
  inviteMember,
  renewInvitation,
  revokeInvitation,
  type IssuedInvitation,
} from "@/lib/members/invitations";
import {
  changeMemberRole,
  removeMember,
  setMemberReviewer,
} from "@/lib/members/members";
import {
  changeRoleSchema,
  invitationIdSchema,
  inviteMemberSchema,
  removeMemberSchema,
  reviewerSchema,
} from "@/lib/members/schemas";

const MEMBERS_PATH = "/members";

function joinLink(issued: IssuedInvitation): { link: string } {
  return { link: new URL(`/join/${issued.token}`, env().APP_URL).toString() };
}

export const inviteMemberAction = scopedAction(
  "members.invite",
  { schema: inviteMemberSchema, access: "manager" },
  async (input, scope) => {
    const issued = await inviteMember(scope, input);
    revalidatePath(MEMBERS_PATH);
    return joinLink(issued);
  },
);

export const renewInvitationAction = scopedAction(
  "members.renew-invitation",
  { schema: invitationIdSchema, access: "manager" },
  async ({ invitationId }, scope) => {
    const issued = await renewInvitation(scope, invitationId);
    revalidatePath(MEMBERS_PATH);
    return joinLink(issued);
  },
);

export const revokeInvitationAction = scopedAction(
  "members.revoke-invitation",
  { schema: invitationIdSchema, access: "manager" },
  async ({ invitationId }, scope) => {
    await revokeInvitation(scope, invitationId);
    revalidatePath(MEMBERS_PATH);
    return null;
  },
);

export const changeRoleAction = scopedAction(
  "members.change-role",
  { schema: changeRoleSchema, access: "manager" },
  async ({ membershipId, role }, scope) => {
    await changeMemberRole(scope, membershipId, role);
    revalidatePath(MEMBERS_PATH);
    return null;
  },
);

export const removeMemberAction = scopedAction(
  "members.remove",
  { schema: removeMemberSchema, access: "manager" },
  async ({ membershipId }, scope) => {
    await removeMember(scope, membershipId);
    revalidatePath(MEMBERS_PATH);
    return null;
  },
);

export const setReviewerAction = scopedAction(
  "members.set-reviewer",
  { schema: reviewerSchema, access: "manager" },
  async ({ membershipId, reviewer }, scope) => {
    await setMemberReviewer(scope, membershipId, reviewer);
    revalidatePath(MEMBERS_PATH);
    return null;
  },
);
