import { Field } from "@/components/ui/field";

/** The password field of forms that create an account. */
export function NewPasswordField({ error }: { error?: string }) {
  return (
    <Field
      name="password"
      label="Password"
      type="password"
      autoComplete="new-password"
      hint="At least 10 characters; a short phrase of unrelated words works well."
      error={error}
      required
    />
  );
}
