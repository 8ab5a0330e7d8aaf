"use server";

import { revalidatePath } from "next/cache";

import { scopedAction } from "@/lib/actions/action";
import { createReportLink, revokeReportLink } from "@/lib/reports/manage";
import {
  newReportLinkSchema,
  revokeReportLinkSchema,
} from "@/lib/reports/schemas";

function refreshCandidate(invitationId: string) {
  revalidatePath(`/candidates/${invitationId}`);
}

export const createReportLinkAction = scopedAction(
  "reports.create-link",
  { schema: newReportLinkSchema, access: "manager" },
  async ({ invitationId, expiresOn }, scope) => {
    const link = await createReportLink(scope, invitationId, expiresOn);
    refreshCandidate(invitationId);
    return link;
  },
);

export const revokeReportLinkAction = scopedAction(
  "reports.revoke-link",
  { schema: revokeReportLinkSchema, access: "manager" },
  async ({ linkId }, scope) => {
    const { invitationId } = await revokeReportLink(scope, linkId);
    refreshCandidate(invitationId);
    return null;
  },
);
