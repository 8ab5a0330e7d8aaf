"use client";

import { useActionState, useState } from "react";

import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
} from "@/components/ui/dialog";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";
import {
  renewInvitationAction,
  revokeInvitationAction,
} from "@/lib/members/actions";

import { CopyLink } from "./copy-link";

type Invitation = {
  id: string;
  email: string;
  role: Role;
  expiresAt: Date;
  invitedBy: string | null;
};

export function InvitationsTable({
  invitations,
}: {
  invitations: Invitation[];
}) {
  if (invitations.length === 0) {
    return (
      <p className="px-6 pb-5 text-sm text-slate-600">
        No pending invitations. Use “Invite member” to add someone.
      </p>
    );
  }

  return (
    <Table>
      <thead>
        <tr>
          <TableHead>Email</TableHead>
          <TableHead>Role</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {invitations.map((invitation) => (
          <InvitationRow key={invitation.id} invitation={invitation} />
        ))}
      </tbody>
    </Table>
  );
}

function InvitationRow({ invitation }: { invitation: Invitation }) {
  const [renewed, renew, renewing] = useActionState(
    renewInvitationAction,
    null,
  );
  const [revoked, revoke, revoking] = useActionState(
    revokeInvitationAction,
    null,
  );
  const [showLink, setShowLink] = useState(false);
  const invitationId = { invitationId: invitation.id };

  return (
    <tr>
      <TableCell>
        <div className="font-medium">{invitation.email}</div>
        {invitation.invitedBy ? (
          <div className="text-slate-500">
            Invited by {invitation.invitedBy}
          </div>
        ) : null}
      </TableCell>
      <TableCell>{ROLE_LABELS[invitation.role]}</TableCell>
      <TableCell className="text-slate-600">
        {invitation.expiresAt.toLocaleDateString("en", { dateStyle: "medium" })}
      </TableCell>
      <TableCell className="text-right">
        <div className="flex justify-end gap-2">
          <Button
            variant="secondary"
            size="sm"
            disabled={renewing}
            onClick={() => {
              dispatchFields(renew, invitationId);
              setShowLink(true);
            }}
          >
            New link<span className="sr-only"> for {invitation.email}</span>
          </Button>
          <Button
            variant="ghost"
            size="sm"
            disabled={revoking}
            onClick={() => dispatchFields(revoke, invitationId)}
          >
            Withdraw
            <span className="sr-only"> invitation for {invitation.email}</span>
          </Button>
        </div>
        <InlineError result={renewed} className="mt-1 ml-auto" />
        <InlineError result={revoked} className="mt-1 ml-auto" />
        <Dialog
          open={showLink && Boolean(renewed?.ok)}
          onOpenChange={setShowLink}
        >
          <DialogContent>
            <DialogTitle>New invitation link</DialogTitle>
            <DialogDescription>
              The previous link for {invitation.email} no longer works.
            </DialogDescription>
            {renewed?.ok ? <CopyLink link={renewed.data.link} /> : null}
          </DialogContent>
        </Dialog>
      </TableCell>
    </tr>
  );
}
