"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { submittedValue } from "@/lib/actions/result";
import { signInAction } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [result, action] = useActionState(signInAction, null);

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage result={result} />
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field
        name="email"
        defaultValue={submittedValue(result, "email")}
        label="Email"
        type="email"
        autoComplete="email"
        required
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
      />
      <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
