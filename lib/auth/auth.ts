import { eq } from "drizzle-orm";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";

import { db } from "@/db/client";
import { users } from "@/db/schema";
import { baseAuthConfig } from "@/lib/auth/config";
import { verifyAgainstDecoy, verifyPassword } from "@/lib/auth/password";
import { signInSchema } from "@/lib/auth/schemas";
import {
  recordFailedSignIn,
  recordSuccessfulSignIn,
  signInThrottle,
} from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/client-address";
import { logFor } from "@/lib/log";

export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

async function authorize(credentials: unknown, request: Request) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return null;

  const { email, password } = parsed.data;
  const address = clientAddress(request.headers);
  const log = logFor({
    event: "auth.sign-in",
    address,
    requestId: request.headers.get("x-request-id"),
  });

  // Checked before the password so a paused account reveals nothing.
  const throttle = await signInThrottle(email, address);
  if (throttle.throttled) {
    log.warn({ retryAfter: throttle.retryAfterSeconds }, "sign-in throttled");
    throw new SignInThrottled();
  }

  const [user] = await db()
    .select()
    .from(users)
    .where(eq(users.email, email))
    .limit(1);
  const valid = user
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDecoy(password);

  if (!user || !valid) {
    await recordFailedSignIn(email, address);
    log.info("sign-in failed");
    return null;
  }

  await recordSuccessfulSignIn(email);
  log.info({ userId: user.id }, "signed in");
  return { id: user.id, email: user.email, name: user.name };
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  ...baseAuthConfig(),
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      authorize,
    }),
  ],
}));
