"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { connectToLeverAction } from "@/lib/lever-connection/actions";

export function ConnectButton({ label }: { label: string }) {
  const [result, action] = useActionState(connectToLeverAction, null);

  return (
    <form action={action} className="grid gap-2">
      <FormMessage result={result} />
      <SubmitButton pendingLabel="Opening Lever…">{label}</SubmitButton>
    </form>
  );
}
