"use client";

import { Check, Copy, Link2 } from "lucide-react";
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
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
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
          {result?.ok ? <LinkField link={result.data.link} /> : null}
        </DialogContent>
      </Dialog>
    </div>
  );
}

function LinkField({ link }: { link: string }) {
  const [copied, setCopied] = useState(false);

  async function copy() {
    await navigator.clipboard.writeText(link);
    setCopied(true);
  }

  return (
    <div className="grid gap-1.5">
      <Label htmlFor="candidate-link">Link</Label>
      <div className="flex gap-2">
        <Input
          id="candidate-link"
          value={link}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
        />
        <Button type="button" variant="secondary" onClick={() => void copy()}>
          {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
      <p className="text-xs text-slate-500" aria-live="polite">
        {copied ? "Copied to the clipboard." : null}
      </p>
    </div>
  );
}
