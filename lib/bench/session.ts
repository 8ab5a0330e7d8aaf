import { eq } from "drizzle-orm";

import { db } from "@/db/client";
import { users } from "@/db/schema";
import type { Scope } from "@/lib/auth/scope";
import { STRONG_PASSWORD } from "@/lib/testing/factories";

/**
 * Signs the scope's user in through Auth.js's own credentials endpoint,
 * as the sign-in form does, and returns the Cookie header to send.
 */
export async function signInOverHttp(
  appUrl: string,
  scope: Scope,
): Promise<string> {
  const [user] = await db()
    .select({ email: users.email })
    .from(users)
    .where(eq(users.id, scope.userId));
  if (!user) throw new Error("the benchmark's user is missing");

  const csrf = await fetch(`${appUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = cookiesOf(csrf);

  const signedIn = await fetch(`${appUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookies.join("; "),
    },
    body: new URLSearchParams({
      email: user.email,
      password: STRONG_PASSWORD,
      csrfToken,
    }),
  });
  const session = cookiesOf(signedIn).filter((c) =>
    c.includes("session-token"),
  );
  if (session.length === 0) throw new Error("sign-in gave no session cookie");
  return [...cookies, ...session].join("; ");
}

function cookiesOf(response: Response): string[] {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0]!)
    .filter(Boolean);
}
