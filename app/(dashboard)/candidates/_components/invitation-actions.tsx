"use client";

import { CalendarPlus, Ban, Send } from "lucide-react";
import { useActionState } from "react";

import { ConfirmButton } from "@/components/forms/confirm-button";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import {
  cancelInvitationAction,
  extendInvitationAction,
  resendInvitationAction,
} from "@/lib/invitations/actions";
import type { InvitationStatus } from "@/lib/invitations/list-params";
import {
  cancelProblem,
  extendProblem,
  linkProblem,
  resendProblem,
} from "@/lib/invitations/policy";
import { EXTEND_DAYS } from "@/lib/invitations/schemas";

import { CopyLinkButton } from "./copy-link-button";
import { useRefreshList } from "./use-refresh-list";

type Invitation = {
  id: string;
  status: InvitationStatus;
  anonymizedAt: Date | null;
};

/**
 * What an admin can do with the invitation now. Actions its state rules
 * out are not offered; the server checks again in case it changed.
 */
export function InvitationActions({ invitation }: { invitation: Invitation }) {
  const offered = {
    resend: !resendProblem(invitation),
    extend: !extendProblem(invitation),
    cancel: !cancelProblem(invitation),
    link: !linkProblem(invitation),
  };
  if (!Object.values(offered).some(Boolean)) return null;

  return (
    <div className="flex flex-wrap items-start gap-2">
      {offered.resend ? <ResendButton invitationId={invitation.id} /> : null}
      {offered.extend ? <ExtendMenu invitationId={invitation.id} /> : null}
      {offered.link ? <CopyLinkButton invitationId={invitation.id} /> : null}
      {offered.cancel ? <CancelButton invitationId={invitation.id} /> : null}
    </div>
  );
}

type Props = { invitationId: string };

function ResendButton({ invitationId }: Props) {
  const [result, dispatch, pending] = useActionState(
    resendInvitationAction,
    null,
  );
  useRefreshList(result);

  return (
    <div className="grid justify-items-end gap-1">
      <Button
        disabled={pending}
        onClick={() => dispatchFields(dispatch, { invitationId })}
      >
        <Send aria-hidden />
        {pending ? "Resending…" : "Resend"}
      </Button>
      <p aria-live="polite" className="text-xs text-emerald-700">
        {result?.ok ? "Queued to be sent again." : null}
      </p>
      <InlineError result={result} />
    </div>
  );
}

function ExtendMenu({ invitationId }: Props) {
  const [result, dispatch, pending] = useActionState(
    extendInvitationAction,
    null,
  );
  useRefreshList(result);

  return (
    <div className="grid justify-items-end gap-1">
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="secondary" disabled={pending}>
            <CalendarPlus aria-hidden />
            {pending ? "Extending…" : "Extend"}
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuLabel>Extend the expiry by</DropdownMenuLabel>
          {EXTEND_DAYS.map((days) => (
            <DropdownMenuItem
              key={days}
              onSelect={() =>
                dispatchFields(dispatch, { invitationId, days: String(days) })
              }
            >
              {days} days
            </DropdownMenuItem>
          ))}
        </DropdownMenuContent>
      </DropdownMenu>
      <InlineError result={result} />
    </div>
  );
}

function CancelButton({ invitationId }: Props) {
  const [result, dispatch, pending] = useActionState(
    cancelInvitationAction,
    null,
  );
  useRefreshList(result);

  return (
    <div className="grid justify-items-end gap-1">
      <ConfirmButton
        variant="ghost"
        disabled={pending}
        title="Cancel this invitation?"
        description="The candidate’s link stops working at once and no reminder is sent. A cancelled invitation cannot be sent again."
        confirmLabel="Cancel invitation"
        onConfirm={() => dispatchFields(dispatch, { invitationId })}
      >
        <Ban aria-hidden />
        Cancel invitation
      </ConfirmButton>
      <InlineError result={result} />
    </div>
  );
}
