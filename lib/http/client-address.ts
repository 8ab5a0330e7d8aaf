/**
 * The address a request came from. Next.js fills X-Forwarded-For with the
 * socket address when no proxy set it; behind a reverse proxy, the proxy's
 * own entry (the last) is the one a client cannot forge. Served directly
 * without a proxy, a client can send its own header, so the per-address
 * sign-in limit is only as strong as the proxy in front of the app.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").at(-1)?.trim();
  return last || headers.get("x-real-ip") || "unknown";
}
