import type { NextAuthConfig } from "next-auth";

import { env } from "@/lib/env";

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
