"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { NewPasswordField } from "@/components/forms/new-password-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { Field } from "@/components/ui/field";
import { fieldErrorOf, submittedValue } from "@/lib/actions/result";
import { signUpAction } from "@/lib/auth/actions";

export function SignUpForm() {
  const [result, action] = useActionState(signUpAction, null);
  const error = (field: string) => fieldErrorOf(result, field);

  return (
    <form action={action} className="grid gap-4" noValidate>
      <FormMessage
        result={result}
        fields={["organizationName", "name", "email", "password"]}
      />
      <Field
        name="organizationName"
        defaultValue={submittedValue(result, "organizationName")}
        label="Organization name"
        autoComplete="organization"
        error={error("organizationName")}
        required
      />
      <Field
        name="name"
        defaultValue={submittedValue(result, "name")}
        label="Your name"
        autoComplete="name"
        error={error("name")}
        required
      />
      <Field
        name="email"
        defaultValue={submittedValue(result, "email")}
        label="Work email"
        type="email"
        autoComplete="email"
        error={error("email")}
        required
      />
      <NewPasswordField error={error("password")} />
      <SubmitButton pendingLabel="Creating…">Create organization</SubmitButton>
    </form>
  );
}
