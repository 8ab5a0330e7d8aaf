"use client";

import { Link2 } from "lucide-react";
import { useActionState, useState } from "react";

import { CopyField } from "@/components/forms/copy-field";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
} from "@/components/ui/dialog";
import { copyInvitationLinkAction } from "@/lib/invitations/actions";

/**
 * Fetches the candidate's link only when asked, so it is not in the page
 * for anyone who merely opens it, and shows it ready to copy.
 */
export function CopyLinkButton({ invitationId }: { invitationId: string }) {
  const [result, dispatch, pending] = useActionState(
    copyInvitationLinkAction,
    null,
  );
  const [open, setOpen] = useState(false);

  return (
    <div className="grid justify-items-end gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          dispatchFields(dispatch, { invitationId });
          setOpen(true);
        }}
      >
        <Link2 aria-hidden />
        Copy link
      </Button>
      <InlineError result={result} />
      <Dialog open={open && Boolean(result?.ok)} onOpenChange={setOpen}>
        <DialogContent>
          <DialogTitle>Candidate link</DialogTitle>
          <DialogDescription>
            Anyone with this link can take the assessment as this candidate.
            Send it only to them.
          </DialogDescription>
          {result?.ok ? (
            <CopyField label="Link" value={result.data.link} />
          ) : null}
        </DialogContent>
      </Dialog>
    </div>
  );
}
