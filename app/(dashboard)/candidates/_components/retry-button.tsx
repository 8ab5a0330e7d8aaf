"use client";

import { RotateCw } from "lucide-react";
import { useActionState } from "react";

import { dispatchFields } from "@/components/forms/dispatch-fields";
import { InlineError } from "@/components/forms/inline-error";
import { Button } from "@/components/ui/button";
import { retryStepAction } from "@/lib/invitations/actions";

import { useRefreshList } from "./use-refresh-list";

/** Runs a failed step again; the page then shows it as retried. */
export function RetryButton({ eventId }: { eventId: string }) {
  const [result, dispatch, pending] = useActionState(retryStepAction, null);
  useRefreshList(result);

  return (
    <div className="grid justify-items-start gap-1">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() => dispatchFields(dispatch, { eventId })}
      >
        <RotateCw aria-hidden />
        {pending ? "Retrying…" : "Retry"}
      </Button>
      <InlineError result={result} />
    </div>
  );
}
