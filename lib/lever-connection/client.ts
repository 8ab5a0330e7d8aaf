import { LeverClient } from "@/lib/lever/client";
import {
  encryptionKey,
  requireLeverSettings,
} from "@/lib/lever-connection/settings";
import { ConnectionTokenSource } from "@/lib/lever-connection/token-source";

/** A Lever client that acts for one stored connection. */
export function leverClientFor(connection: {
  id: string;
  apiBaseUrl: string;
  leverAccountId: string;
}): LeverClient {
  const settings = requireLeverSettings();
  return new LeverClient({
    apiBaseUrl: connection.apiBaseUrl,
    accountKey: connection.leverAccountId,
    tokens: new ConnectionTokenSource(connection.id, settings, encryptionKey()),
  });
}
