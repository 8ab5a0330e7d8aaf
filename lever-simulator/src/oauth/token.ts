import { randomUUID } from "node:crypto";
import type { Context } from "hono";
import { z } from "zod";
import type { SimContext } from "../context";
import type { Grant } from "../state";
import { consumeRefreshToken, issueTokens } from "./tokens";

const tokenSchema = z.discriminatedUnion("grant_type", [
  z.object({
    grant_type: z.literal("authorization_code"),
    client_id: z.string().min(1),
    client_secret: z.string(),
    code: z.string().min(1),
    redirect_uri: z.string().min(1),
  }),
  z.object({
    grant_type: z.literal("refresh_token"),
    client_id: z.string().min(1),
    client_secret: z.string(),
    refresh_token: z.string().min(1),
  }),
]);

type TokenBody = z.infer<typeof tokenSchema>;

const oauthError = (
  c: Context,
  status: 400 | 401 | 403,
  error: string,
  description: string,
) => c.json({ error, error_description: description }, status);

/** Auth0-style token endpoint: form-encoded, credentials in the body. */
export async function handleTokenRequest(ctx: SimContext, c: Context) {
  const type = c.req.header("content-type") ?? "";
  if (!type.startsWith("application/x-www-form-urlencoded")) {
    return oauthError(
      c,
      400,
      "invalid_request",
      "Content-Type must be application/x-www-form-urlencoded",
    );
  }
  const parsed = tokenSchema.safeParse(await c.req.parseBody());
  if (!parsed.success) {
    return oauthError(
      c,
      400,
      "invalid_request",
      "Missing or unsupported token request parameters",
    );
  }

  const body = parsed.data;
  const client = ctx.options.clients.find((k) => k.clientId === body.client_id);
  if (!client) return oauthError(c, 401, "invalid_client", "Unknown client");
  if (client.clientSecret !== body.client_secret) {
    return oauthError(c, 401, "access_denied", "Unauthorized");
  }

  const grant =
    body.grant_type === "authorization_code"
      ? redeemCode(ctx, body)
      : consumeRefreshToken(ctx, body.refresh_token, body.client_id);
  if (!grant) {
    const description =
      body.grant_type === "authorization_code"
        ? "Invalid authorization code"
        : "Unknown or invalid refresh token.";
    return oauthError(c, 403, "invalid_grant", description);
  }
  return c.json(await issueTokens(ctx, grant));
}

function redeemCode(
  ctx: SimContext,
  body: Extract<TokenBody, { grant_type: "authorization_code" }>,
): Grant | null {
  const record = ctx.state.oauth.codes.get(body.code);
  if (!record || record.used || record.expiresAt < Date.now()) return null;
  record.used = true;
  if (record.clientId !== body.client_id) return null;
  if (record.redirectUri !== body.redirect_uri) return null;

  const grant: Grant = {
    id: randomUUID(),
    clientId: record.clientId,
    userId: record.userId,
    scopes: record.scopes,
    createdAt: Date.now(),
    revokedAt: null,
  };
  ctx.state.oauth.grants.set(grant.id, grant);
  return grant;
}
