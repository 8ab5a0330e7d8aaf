import { and, eq, isNull, lt, ne, or, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { z } from "zod";

import { db } from "@/db/client";
import {
  leverConnections,
  leverWebhooks,
  webhookDeliveries,
} from "@/db/schema";
import { env } from "@/lib/env";
import { verifyWebhookSignature } from "@/lib/lever/signature";
import { encryptionKey } from "@/lib/lever-connection/settings";
import { logFor } from "@/lib/log";
import { decryptSecret } from "@/lib/security/encryption";
import { envelopeSchema, readDelivery } from "@/lib/webhooks/envelope";
import { PROCESS_QUEUE, storeDelivery } from "@/lib/webhooks/group-commit";
import { withinWindow } from "@/lib/webhooks/window";

export const MAX_DELIVERY_BYTES = 64 * 1024;

export { PROCESS_QUEUE };

export type IntakeAnswer = {
  status: 200 | 400 | 401 | 404 | 413;
  message: string;
};

type Request = {
  connectionId: string;
  /** The raw body, or null when it was refused for its size unread. */
  body: string | null;
  sourceAddress: string;
};

type Connection = {
  id: string;
  organizationId: string;
  tokens: string[];
  cached?: boolean;
};

const signedPart = z.object({
  token: z.string().min(1).max(200),
  triggeredAt: z.number().int().positive(),
});

/**
 * Checks one request to a connection's webhook URL, stores it once and
 * queues its processing in the same transaction. Refusals are stored
 * without their content, for the Activity page.
 */
export async function receiveDelivery(request: Request): Promise<IntakeAnswer> {
  const connection = await findConnection(request.connectionId);
  if (!connection) {
    logFor({ event: "webhook.unknown" }).warn(
      { sourceAddress: request.sourceAddress },
      "delivery for an unknown or disconnected connection",
    );
    return { status: 404, message: "Unknown webhook address." };
  }

  let verdict = check(connection, request.body);
  if (verdict.status === 401 && connection.cached) {
    // The tokens may have changed since they were cached (a reconnect
    // registers new webhooks): check once more against the stored ones.
    const fresh = await findConnection(request.connectionId, { fresh: true });
    if (fresh) verdict = check(fresh, request.body);
  }
  if (verdict.status !== 200) {
    await recordRefusal(connection, request.sourceAddress, verdict.message);
    return verdict;
  }
  return store(connection, verdict.envelope);
}

type Verdict =
  | { status: 200; envelope: z.infer<typeof envelopeSchema> }
  | { status: 400 | 401 | 413; message: string };

function check(connection: Connection, body: string | null): Verdict {
  if (body === null || Buffer.byteLength(body) > MAX_DELIVERY_BYTES) {
    return { status: 413, message: "Body is larger than 64 KB." };
  }

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { status: 400, message: "Body is not JSON." };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { status: 400, message: "Body is not a JSON object." };
  }

  const signature = (json as { signature?: unknown }).signature;
  if (typeof signature !== "string" || signature.length === 0) {
    return { status: 401, message: "Signature is missing." };
  }
  const signed = signedPart.safeParse(json);
  if (!signed.success) {
    return {
      status: 400,
      message: "token or triggeredAt is missing or malformed.",
    };
  }
  if (!signedByConnection(connection, { ...signed.data, signature })) {
    return { status: 401, message: "Signature does not match." };
  }

  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    return { status: 400, message: "Not a Lever webhook delivery." };
  }
  const now = Date.now();
  if (
    !withinWindow(envelope.data.triggeredAt, now, env().WEBHOOK_MAX_AGE_HOURS)
  ) {
    return {
      status: 400,
      message: `triggeredAt is outside the accepted window of ${env().WEBHOOK_MAX_AGE_HOURS} hours.`,
    };
  }
  const read = readDelivery(envelope.data);
  if (!read.ok) return { status: 400, message: read.reason };
  return { status: 200, envelope: envelope.data };
}

// Each of our webhooks has its own token. Lever's test button sends a
// candidateHired delivery we never registered, so any of the connection's
// tokens may sign a delivery; each comparison is constant-time.
function signedByConnection(
  connection: Connection,
  signed: { token: string; triggeredAt: number; signature: string },
): boolean {
  return connection.tokens.some((token) =>
    verifyWebhookSignature(signed, token),
  );
}

async function store(
  connection: Connection,
  envelope: z.infer<typeof envelopeSchema>,
): Promise<IntakeAnswer> {
  const { facts } = readDelivery(envelope) as Extract<
    ReturnType<typeof readDelivery>,
    { ok: true }
  >;

  const outcome = await storeDelivery({
    connectionId: connection.id,
    organizationId: connection.organizationId,
    event: envelope.event,
    leverToken: envelope.token,
    triggeredAt: new Date(envelope.triggeredAt),
    opportunityId: facts.opportunityId,
    data: envelope.data,
    handled: facts.handled,
    outcome: facts.handled ? null : ignoredOutcome(envelope),
  });

  if (outcome === "repeat") await countRepeat(connection.id, envelope.token);
  await touchConnection(connection.id);
  return {
    status: 200,
    message: outcome === "stored" ? "Accepted." : "Already received.",
  };
}

function ignoredOutcome(envelope: z.infer<typeof envelopeSchema>): string {
  return Object.keys(envelope.data).length === 0
    ? "Test delivery from Lever."
    : `Hallo does not act on ${envelope.event}.`;
}

async function countRepeat(connectionId: string, token: string) {
  await db()
    .update(webhookDeliveries)
    .set({ repeats: sql`${webhookDeliveries.repeats} + 1` })
    .where(
      and(
        eq(webhookDeliveries.connectionId, connectionId),
        eq(webhookDeliveries.leverToken, token),
      ),
    );
}

const touched = new LRUCache<string, true>({ max: 10_000, ttl: 60_000 });

// Written at most once a minute per process: every delivery updating the
// one connection row would queue them all behind its lock.
async function touchConnection(connectionId: string) {
  if (touched.get(connectionId)) return;
  touched.set(connectionId, true);
  await db()
    .update(leverConnections)
    .set({ lastDeliveryAt: new Date() })
    .where(
      and(
        eq(leverConnections.id, connectionId),
        or(
          isNull(leverConnections.lastDeliveryAt),
          lt(leverConnections.lastDeliveryAt, sql`now() - interval '1 minute'`),
        ),
      ),
    );
}

async function recordRefusal(
  connection: Connection,
  sourceAddress: string,
  reason: string,
) {
  await db()
    .insert(webhookDeliveries)
    .values({
      connectionId: connection.id,
      organizationId: connection.organizationId,
      status: "rejected",
      rejectionReason: reason,
      sourceAddress: sourceAddress.slice(0, 100),
    });
}

// Lever may send hundreds of deliveries a second for one connection, and
// they all need the same row and tokens. Cached briefly: a connection
// disconnected in another process can still accept deliveries for up to
// CONNECTION_TTL_MS; processing then finds it gone and does nothing.
const CONNECTION_TTL_MS = 10_000;
const connections = new LRUCache<string, Connection | "unknown">({
  max: 10_000,
  ttl: CONNECTION_TTL_MS,
});

/** The live connection and its signature tokens, or null. */
async function findConnection(
  connectionId: string,
  options: { fresh?: boolean } = {},
): Promise<Connection | null> {
  if (!z.uuid().safeParse(connectionId).success) return null;

  const cached = options.fresh ? undefined : connections.get(connectionId);
  if (cached) return cached === "unknown" ? null : { ...cached, cached: true };
  const found = await readConnection(connectionId);
  connections.set(connectionId, found ?? "unknown");
  return found;
}

/** Forgets cached connections, after this process changed one. */
export function forgetConnections() {
  connections.clear();
}

/** The live connection and its signature tokens, in one read. */
async function readConnection(
  connectionId: string,
): Promise<Connection | null> {
  const rows = await db()
    .select({
      organizationId: leverConnections.organizationId,
      signatureTokenEncrypted: leverWebhooks.signatureTokenEncrypted,
    })
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
  const first = rows[0];
  if (!first) return null;

  const key = encryptionKey();
  return {
    id: connectionId,
    organizationId: first.organizationId,
    tokens: rows.flatMap((row) =>
      row.signatureTokenEncrypted
        ? [decryptSecret(row.signatureTokenEncrypted, key)]
        : [],
    ),
  };
}
