/**
 * Paths anyone may open without signing in. Everything else needs a
 * session; the proxy redirects, and each page checks again for itself.
 */
const PUBLIC_PREFIXES = [
  "/sign-in",
  "/sign-up",
  "/join/",
  // Candidates follow their invitation link without an account.
  "/a/",
  "/api/a/",
  // Lever users follow report links from a feedback form.
  "/r/",
  "/api/auth/",
  "/api/webhooks/",
];
const PUBLIC_EXACT = ["/api/health"];

export function isPublicPath(pathname: string): boolean {
  return (
    PUBLIC_EXACT.includes(pathname) ||
    PUBLIC_PREFIXES.some(
      (prefix) => pathname === prefix || pathname.startsWith(prefix),
    )
  );
}
