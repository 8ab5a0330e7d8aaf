"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { retrySetupAction } from "@/lib/lever-connection/actions";

export function RetrySetupButton() {
  const [result, action] = useActionState(retrySetupAction, null);

  return (
    <form action={action} className="grid justify-items-start gap-2">
      <FormMessage result={result} />
      <SubmitButton variant="secondary" size="sm" pendingLabel="Retrying…">
        Retry setup
      </SubmitButton>
    </form>
  );
}
