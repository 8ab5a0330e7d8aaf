import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";

import { db } from "@/db/client";
import { leverConnections, leverWebhooks } from "@/db/schema";
import { verifyWebhookSignature } from "@/lib/lever/signature";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { decryptSecret } from "@/lib/security/encryption";

export const MAX_DELIVERY_BYTES = 64 * 1024;

const envelopeSchema = z.object({
  triggeredAt: z.number().int().positive(),
  event: z.string().min(1),
  token: z.string().min(1).max(200),
  signature: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()),
});

export type DeliveryVerdict =
  { status: 200 } | { status: 400 | 401 | 404; reason: string };

/**
 * Checks a delivery's signature against the token Lever gave us for that
 * connection and event, and notes when the connection last heard from
 * Lever. Storing and acting on deliveries is not done here yet.
 */
export async function acceptDelivery(
  connectionId: string,
  body: unknown,
): Promise<DeliveryVerdict> {
  const hooks = await signatureTokens(connectionId);
  if (!hooks) return { status: 404, reason: "unknown connection" };

  const parsed = envelopeSchema.safeParse(body);
  if (!parsed.success) return { status: 400, reason: "not a Lever delivery" };

  // Each of our webhooks has its own token; Lever's test delivery may come
  // for an event we did not register, so any of the connection's tokens
  // may sign it.
  const key = encryptionKey();
  const valid = hooks.some((hook) =>
    verifyWebhookSignature(
      parsed.data,
      decryptSecret(hook.signatureTokenEncrypted, key),
    ),
  );
  if (!valid) return { status: 401, reason: "bad signature" };

  await db()
    .update(leverConnections)
    .set({ lastDeliveryAt: new Date() })
    .where(eq(leverConnections.id, connectionId));
  return { status: 200 };
}

/** The connection's stored signature tokens, or null when it is unknown. */
async function signatureTokens(connectionId: string) {
  if (!z.uuid().safeParse(connectionId).success) return null;

  // One read: the connection, left-joined to its webhooks.
  const rows = await db()
    .select({ signatureTokenEncrypted: leverWebhooks.signatureTokenEncrypted })
    .from(leverConnections)
    .leftJoin(
      leverWebhooks,
      eq(leverWebhooks.connectionId, leverConnections.id),
    )
    .where(
      and(
        eq(leverConnections.id, connectionId),
        ne(leverConnections.status, "disconnected"),
      ),
    );
  if (rows.length === 0) return null;
  return rows.flatMap((row) =>
    row.signatureTokenEncrypted
      ? [{ signatureTokenEncrypted: row.signatureTokenEncrypted }]
      : [],
  );
}
