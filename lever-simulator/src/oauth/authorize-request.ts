import type { OAuthClient } from "../config";
import { apiAudience, type SimContext } from "../context";
import { knownScopes, parseScopes } from "./scopes";

export interface AuthorizeRequest {
  client: OAuthClient;
  redirectUri: string;
  state: string;
  scopes: string[];
}

export type AuthorizeCheck =
  { ok: true; request: AuthorizeRequest } | { ok: false; message: string };

/**
 * Every problem is shown on an error page rather than redirected, so
 * nothing ever goes to a URI that was not registered.
 */
export function checkAuthorizeRequest(
  ctx: SimContext,
  params: Record<string, string | undefined>,
): AuthorizeCheck {
  const fail = (message: string) => ({ ok: false, message }) as const;
  const client = ctx.options.clients.find(
    (c) => c.clientId === params.client_id,
  );
  if (!params.client_id) return fail("The client_id parameter is missing.");
  if (!client) return fail(`Unknown client_id "${params.client_id}".`);

  const redirectUri = params.redirect_uri ?? "";
  if (!client.redirectUris.includes(redirectUri)) {
    return fail(
      `The redirect_uri "${redirectUri}" is not registered for this ` +
        "client. It must match a registered callback exactly.",
    );
  }

  if (params.response_type !== "code") {
    return fail('The response_type parameter must be "code".');
  }
  if (!params.state) return fail("The state parameter is missing.");
  if (params.audience !== apiAudience(ctx)) {
    return fail(`The audience parameter must be "${apiAudience(ctx)}".`);
  }

  const scopes = parseScopes(params.scope ?? "");
  const unknown = scopes.filter((s) => !knownScopes.has(s));
  if (scopes.length === 0) return fail("The scope parameter is missing.");
  if (unknown.length > 0) return fail(`Unknown scopes: ${unknown.join(", ")}.`);
  return {
    ok: true,
    request: { client, redirectUri, state: params.state, scopes },
  };
}
