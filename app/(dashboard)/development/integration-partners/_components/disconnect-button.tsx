"use client";

import { startTransition, useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { disconnectLeverAction } from "@/lib/lever-connection/actions";

export function DisconnectButton() {
  const [result, dispatch, pending] = useActionState(
    disconnectLeverAction,
    null,
  );

  return (
    <div className="grid justify-items-end gap-2">
      <FormMessage result={result} />
      <AlertDialog>
        <AlertDialogTrigger asChild>
          <Button variant="secondary" disabled={pending}>
            Disconnect
          </Button>
        </AlertDialogTrigger>
        <AlertDialogContent>
          <AlertDialogTitle>Disconnect Lever?</AlertDialogTitle>
          <AlertDialogDescription>
            Hallo deletes its webhooks in Lever and forgets its access, so no
            more candidates are invited and no results are posted. To also
            remove Hallo from Lever, a Super Admin revokes it under Settings ›
            Integrations and API › Authorized Apps.
          </AlertDialogDescription>
          <div className="flex justify-end gap-2">
            <AlertDialogCancel asChild>
              <Button variant="secondary">Cancel</Button>
            </AlertDialogCancel>
            <AlertDialogAction asChild>
              <Button
                variant="danger"
                onClick={() => startTransition(() => dispatch(new FormData()))}
              >
                Disconnect
              </Button>
            </AlertDialogAction>
          </div>
        </AlertDialogContent>
      </AlertDialog>
    </div>
  );
}
