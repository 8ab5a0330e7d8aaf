"use client";

import { RotateCcw } from "lucide-react";
import { useActionState } from "react";

import { ConfirmButton } from "@/components/forms/confirm-button";
import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { rescoreAction } from "@/lib/results/actions";

/** Asks for the attempt to be scored again, after a confirmation. */
export function RescoreButton({ invitationId }: { invitationId: string }) {
  const [result, dispatch, pending] = useActionState(rescoreAction, null);

  return (
    <div className="grid justify-items-end gap-1">
      <ConfirmButton
        variant="secondary"
        size="sm"
        disabled={pending}
        title="Score this attempt again?"
        description="The automatic scorer runs again and its result becomes a new version. Earlier versions, including reviews, stay in the history. A final result is sent to Lever again and updates the same feedback form."
        confirmLabel="Score again"
        onConfirm={() => dispatchFields(dispatch, { invitationId })}
      >
        <RotateCcw aria-hidden />
        Score again
      </ConfirmButton>
      {result?.ok ? (
        <p role="status" className="text-sm text-slate-600">
          Queued. The new version appears here once it is scored.
        </p>
      ) : null}
      <InlineError result={result} />
    </div>
  );
}
