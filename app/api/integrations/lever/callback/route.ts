import type { NextRequest } from "next/server";

import { canManage } from "@/lib/auth/roles";
import { currentViewer, scopeOf } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { completeConnect } from "@/lib/lever-connection/connect";
import { consumeOAuthState } from "@/lib/lever-connection/oauth-state";
import { SETTINGS_PATH } from "@/lib/lever-connection/settings";
import { logFor } from "@/lib/log";

// Lever sends the admin back here after the consent screen. The outcome is
// passed to the settings page as a short code it turns into a message.
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  // APP_URL, not the request's URL: behind a proxy (or on 127.0.0.1) the
  // latter may name a host the session cookie does not belong to.
  const back = (outcome: string) =>
    Response.redirect(
      new URL(`${SETTINGS_PATH}?${outcome}`, env().APP_URL),
      303,
    );

  const viewer = await currentViewer();
  if (!viewer) return back("error=signed_out");

  const state = params.get("state");
  const issued = state ? await consumeOAuthState(state, viewer.userId) : null;
  if (!issued || issued.organizationId !== viewer.organizationId) {
    return back("error=invalid_state");
  }
  if (params.get("error") === "access_denied") return back("error=denied");

  const code = params.get("code");
  if (params.get("error") || !code) return back("error=lever_error");
  if (!canManage(viewer.role)) return back("error=forbidden");

  try {
    await completeConnect(scopeOf(viewer), code);
    return back("connected=1");
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") {
      return back("error=account_taken");
    }
    logFor({ event: "lever.connect", userId: viewer.userId }).error(
      { err: error },
      "Lever connection failed",
    );
    return back("error=exchange_failed");
  }
}
