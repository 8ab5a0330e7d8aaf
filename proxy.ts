import NextAuth from "next-auth";
import { NextResponse, type NextRequest } from "next/server";

import { baseAuthConfig, SIGN_IN_PATH } from "@/lib/auth/config";
import { isPublicPath } from "@/lib/auth/public-paths";

const { auth } = NextAuth(baseAuthConfig);

// Only redirects and tags requests; every page, action and route handler
// checks the session again where the data is read.
const guard = auth((request) => {
  const { pathname, search } = request.nextUrl;

  if (!request.auth?.user && !isPublicPath(pathname)) {
    const target = new URL(SIGN_IN_PATH, request.nextUrl);
    if (pathname !== "/") {
      target.searchParams.set("callbackUrl", pathname + search);
    }
    return NextResponse.redirect(target);
  }

  const headers = new Headers(request.headers);
  headers.set("x-request-id", crypto.randomUUID());
  return NextResponse.next({ request: { headers } });
});

export async function proxy(request: NextRequest) {
  // With a lazily read config, Auth.js hands the wrapped handler back
  // asynchronously.
  const handler = await guard;
  return handler(request, { params: Promise.resolve({}) });
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico)$).*)",
  ],
};
