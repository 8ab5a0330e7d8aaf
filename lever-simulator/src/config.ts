import { z } from "zod";

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  name: string;
}

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** Base URL the outside world uses; defaults to http://localhost:<port>. */
  publicBaseUrl?: string;
  clients?: OAuthClient[];
  accessTokenLifetimeSeconds?: number;
  webhookRetryBaseDelayMs?: number;
  webhookTimeoutMs?: number;
  rateLimit?: boolean;
  jwtSecret?: string;
  log?: (line: string) => void;
  /** Opportunities in the seeded account (64 by default). */
  opportunities?: number;
  /** Delivery attempts the log keeps, newest last (1,000 by default). */
  keptDeliveryAttempts?: number;
}

export interface ResolvedOptions {
  port: number;
  host: string | undefined;
  publicBaseUrl: string | undefined;
  clients: OAuthClient[];
  accessTokenLifetimeSeconds: number;
  webhookRetryBaseDelayMs: number;
  webhookTimeoutMs: number;
  rateLimit: boolean;
  jwtSecret: string | undefined;
  log: (line: string) => void;
  opportunities: number | undefined;
  keptDeliveryAttempts: number;
}

export const defaultRedirectUri =
  "http://localhost:3000/api/integrations/lever/callback";

const envSchema = z.object({
  LEVER_SIMULATOR_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  LEVER_SIMULATOR_HOST: z.string().optional(),
  LEVER_SIMULATOR_PUBLIC_URL: z.url().optional(),
  LEVER_SIMULATOR_REDIRECT_URIS: z.string().optional(),
  LEVER_SIMULATOR_CLIENT_ID: z.string().min(1).optional(),
  LEVER_SIMULATOR_CLIENT_SECRET: z.string().min(1).optional(),
  LEVER_SIMULATOR_TOKEN_LIFETIME: z.coerce.number().int().positive().optional(),
  LEVER_SIMULATOR_RATE_LIMIT: z.enum(["on", "off"]).optional(),
});

/** The only place that reads process.env; the CLI passes the result on. */
export function readEnvOptions(
  env: NodeJS.ProcessEnv = process.env,
): SimulatorOptions {
  const parsed = envSchema.parse(env);
  const redirectUris = parsed.LEVER_SIMULATOR_REDIRECT_URIS?.split(",")
    .map((u) => u.trim())
    .filter((u) => u !== "");
  return {
    port: parsed.LEVER_SIMULATOR_PORT ?? 4010,
    host: parsed.LEVER_SIMULATOR_HOST,
    publicBaseUrl: parsed.LEVER_SIMULATOR_PUBLIC_URL,
    clients: [
      defaultClient({
        clientId: parsed.LEVER_SIMULATOR_CLIENT_ID,
        clientSecret: parsed.LEVER_SIMULATOR_CLIENT_SECRET,
        redirectUris,
      }),
    ],
    accessTokenLifetimeSeconds: parsed.LEVER_SIMULATOR_TOKEN_LIFETIME,
    rateLimit: parsed.LEVER_SIMULATOR_RATE_LIMIT !== "off",
  };
}

export function defaultClient(
  overrides: Partial<OAuthClient> = {},
): OAuthClient {
  return {
    clientId: overrides.clientId ?? "hallo-local",
    clientSecret: overrides.clientSecret ?? "hallo-local-secret",
    redirectUris: overrides.redirectUris?.length
      ? overrides.redirectUris
      : [defaultRedirectUri],
    name: overrides.name ?? "Hallo (local)",
  };
}

export function resolveOptions(options: SimulatorOptions): ResolvedOptions {
  return {
    port: options.port ?? 4010,
    host: options.host,
    publicBaseUrl: options.publicBaseUrl?.replace(/\/+$/, ""),
    clients: options.clients ?? [defaultClient()],
    accessTokenLifetimeSeconds: options.accessTokenLifetimeSeconds ?? 3600,
    webhookRetryBaseDelayMs: options.webhookRetryBaseDelayMs ?? 1000,
    webhookTimeoutMs: options.webhookTimeoutMs ?? 10_000,
    rateLimit: options.rateLimit ?? true,
    jwtSecret: options.jwtSecret,
    log: options.log ?? ((line) => console.log(line)),
    opportunities: options.opportunities,
    keptDeliveryAttempts: options.keptDeliveryAttempts ?? 1000,
  };
}
