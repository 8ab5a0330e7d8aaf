"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";

import {
  failure,
  formValues,
  publicAction,
  refill,
} from "@/lib/actions/action";
import type { ActionResult } from "@/lib/actions/result";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackPath } from "@/lib/auth/callback-path";
import {
  acceptInvitationSchema,
  signInSchema,
  signUpSchema,
} from "@/lib/auth/schemas";
import { signUp } from "@/lib/auth/sign-up";
import { describeWait, signInThrottle } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/client-address";
import { acceptInvitation } from "@/lib/members/join";

const HOME = "/overview";

export async function signInAction(
  _previous: ActionResult | null,
  formData: FormData,
): Promise<ActionResult> {
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) {
    return refill(failure("Enter your email and password."), values);
  }

  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", {
      email,
      password,
      redirectTo: safeCallbackPath(callbackUrl) ?? HOME,
    });
    return { ok: true, data: null };
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    return refill(failure(await signInFailureMessage(error, email)), values);
  }
}

async function signInFailureMessage(error: AuthError, email: string) {
  if (error instanceof CredentialsSignin && error.code === "throttled") {
    const address = clientAddress(await headers());
    const state = await signInThrottle(email, address);
    const wait = state.throttled ? state.retryAfterSeconds : 900;
    return (
      "Too many failed sign-in attempts. Sign-in is paused for this " +
      `account; try again in ${describeWait(wait)}.`
    );
  }
  if (error instanceof CredentialsSignin) {
    return "The email or password is incorrect.";
  }
  return "Sign-in failed. Please try again.";
}

export const signUpAction = publicAction(
  "auth.sign-up",
  signUpSchema,
  async (input) => {
    await signUp(input);
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: HOME,
    });
    return null;
  },
);

export const acceptInvitationAction = publicAction(
  "auth.accept-invitation",
  acceptInvitationSchema,
  async (input) => {
    const { email } = await acceptInvitation(input);
    await signIn("credentials", {
      email,
      password: input.password,
      redirectTo: HOME,
    });
    return null;
  },
);

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
