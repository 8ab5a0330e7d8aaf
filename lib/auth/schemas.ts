import { z } from "zod";

export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email("Enter a valid email address."));

export const nameField = z
  .string()
  .trim()
  .min(1, "Enter your name.")
  .max(100, "Use at most 100 characters.");

export const passwordField = z.string().min(1, "Enter a password.");

export const signUpSchema = z.object({
  organizationName: z
    .string()
    .trim()
    .min(2, "Enter your organization's name.")
    .max(100, "Use at most 100 characters."),
  name: nameField,
  email: emailField,
  password: passwordField,
});

export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailField,
  password: passwordField,
  callbackUrl: z.string().optional(),
});

export const acceptInvitationSchema = z.object({
  token: z.string().min(1),
  name: nameField,
  password: passwordField,
});

export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
