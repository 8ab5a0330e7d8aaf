import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { leverSettings, type LeverSettings } from "@/lib/lever/config";
import { keyFromBase64 } from "@/lib/security/encryption";

export const CALLBACK_PATH = "/api/integrations/lever/callback";
export const SETTINGS_PATH = "/development/integration-partners";

/** The Lever OAuth app this deployment uses, or a clear refusal. */
export function requireLeverSettings(): LeverSettings {
  const settings = leverSettings(env());
  if (!settings) {
    throw new AppError(
      "bad_request",
      "Lever is not configured on this server: set LEVER_CLIENT_ID and LEVER_CLIENT_SECRET.",
    );
  }
  return settings;
}

export function callbackUrl(): string {
  return new URL(CALLBACK_PATH, env().APP_URL).toString();
}

/** Each connection has its own webhook URL; Lever's payload names no account. */
export function webhookUrl(connectionId: string): string {
  return new URL(
    `/api/webhooks/lever/${connectionId}`,
    env().APP_URL,
  ).toString();
}

export function encryptionKey(): Buffer {
  return keyFromBase64(env().ENCRYPTION_KEY);
}
