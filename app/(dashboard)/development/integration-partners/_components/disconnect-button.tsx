"use client";

import { useActionState } from "react";

import { ConfirmButton } from "@/components/forms/confirm-button";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { FormMessage } from "@/components/forms/form-message";
import { disconnectLeverAction } from "@/lib/lever-connection/actions";

export function DisconnectButton() {
  const [result, dispatch, pending] = useActionState(
    disconnectLeverAction,
    null,
  );

  return (
    <div className="grid justify-items-end gap-2">
      <FormMessage result={result} />
      <ConfirmButton
        variant="secondary"
        disabled={pending}
        title="Disconnect Lever?"
        description="Hallo deletes its webhooks in Lever and forgets its access, so no more candidates are invited and no results are posted. To also remove Hallo from Lever, a Super Admin revokes it under Settings › Integrations and API › Authorized Apps."
        confirmLabel="Disconnect"
        onConfirm={() => dispatchFields(dispatch, {})}
      >
        Disconnect
      </ConfirmButton>
    </div>
  );
}
