"use server";

import { revalidatePath } from "next/cache";

import { scopedAction } from "@/lib/actions/action";
import {
  cancelInvitation,
  extendInvitation,
  invitationLink,
  resendInvitation,
  retryStep,
} from "@/lib/invitations/admin";
import {
  extendInvitationSchema,
  invitationIdSchema,
  retryStepSchema,
} from "@/lib/invitations/schemas";

const CANDIDATES_PATH = "/candidates";

function refreshCandidate(invitationId: string | null) {
  revalidatePath(CANDIDATES_PATH);
  if (invitationId) revalidatePath(`${CANDIDATES_PATH}/${invitationId}`);
}

export const resendInvitationAction = scopedAction(
  "invitations.resend",
  { schema: invitationIdSchema, access: "manager" },
  async ({ invitationId }, scope) => {
    await resendInvitation(scope, invitationId);
    refreshCandidate(invitationId);
    return null;
  },
);

export const extendInvitationAction = scopedAction(
  "invitations.extend",
  { schema: extendInvitationSchema, access: "manager" },
  async ({ invitationId, days }, scope) => {
    const { expiresAt } = await extendInvitation(scope, invitationId, days);
    refreshCandidate(invitationId);
    return { expiresAt };
  },
);

export const cancelInvitationAction = scopedAction(
  "invitations.cancel",
  { schema: invitationIdSchema, access: "manager" },
  async ({ invitationId }, scope) => {
    await cancelInvitation(scope, invitationId);
    refreshCandidate(invitationId);
    return null;
  },
);

export const copyInvitationLinkAction = scopedAction(
  "invitations.copy-link",
  { schema: invitationIdSchema, access: "manager" },
  async ({ invitationId }, scope) => ({
    link: await invitationLink(scope, invitationId),
  }),
);

export const retryStepAction = scopedAction(
  "invitations.retry-step",
  { schema: retryStepSchema, access: "manager" },
  async ({ eventId }, scope) => {
    const { invitationId } = await retryStep(scope, eventId);
    refreshCandidate(invitationId);
    return null;
  },
);
