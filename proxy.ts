import { NextResponse, type NextRequest } from "next/server";

import { SIGN_IN_PATH } from "@/lib/auth/config";
import { isPublicPath } from "@/lib/auth/public-paths";

// Auth.js names its session cookie this way, with a __Secure- prefix over
// HTTPS and a .0, .1 ... suffix when the token is split into chunks.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Only redirects visitors without a session cookie, and tags requests.
 * It does not decode or renew the session: every page, action and route
 * handler verifies it where the data is read, and a proxy that renewed the
 * cookie could race a sign-out and sign the person back in.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const hasSession = request.cookies
    .getAll()
    .some((cookie) => SESSION_COOKIE.test(cookie.name));

  if (!hasSession && !isPublicPath(pathname)) {
    const target = new URL(SIGN_IN_PATH, request.nextUrl);
    if (pathname !== "/") {
      target.searchParams.set("callbackUrl", pathname + search);
    }
    return NextResponse.redirect(target);
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)",
  ],
};
