"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { fieldErrorOf, submittedValue } from "@/lib/actions/result";
import { acceptInvitationAction } from "@/lib/auth/actions";

export function JoinForm({ token, email }: { token: string; email: string }) {
  const [result, action] = useActionState(acceptInvitationAction, null);
  const error = (field: string) => fieldErrorOf(result, field);

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage result={result} fields={["name", "password"]} />
      <input type="hidden" name="token" value={token} />
      <Field name="email" label="Email" value={email} readOnly disabled />
      <Field
        name="name"
        defaultValue={submittedValue(result, "name")}
        label="Your name"
        autoComplete="name"
        error={error("name")}
        required
      />
      <NewPasswordField error={error("password")} />
      <SubmitButton pendingLabel="Joining…">Join</SubmitButton>
    </form>
  );
}
