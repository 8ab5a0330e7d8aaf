import type { NextAuthConfig } from "next-auth";

import { env } from "@/lib/env";
import { logFor } from "@/lib/log";

export const SIGN_IN_PATH = "/sign-in";

// Shared by the proxy and the full setup in auth.ts. It reads only the
// signed session cookie, never the database.
export function baseAuthConfig(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    // The app is served at APP_URL behind whatever proxy the operator runs;
    // Auth.js must accept that host rather than a fixed AUTH_URL.
    trustHost: true,
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    pages: { signIn: SIGN_IN_PATH },
    providers: [],
    // Wrong passwords are expected and logged by authorize() with context;
    // everything else Auth.js reports goes to the structured log.
    logger: {
      error(error) {
        if (error.name === "CredentialsSignin") return;
        logFor({ component: "auth" }).error({ err: error }, error.message);
      },
      warn(code) {
        logFor({ component: "auth" }).warn({ code }, "auth warning");
      },
    },
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return session;
      },
    },
  };
}
