import type { IncomingMessage, ServerResponse } from "node:http";

import { clientAddress } from "@/lib/http/client-address";
import { MAX_DELIVERY_BYTES, receiveDelivery } from "@/lib/webhooks/intake";

const WEBHOOK_PATH = /^\/api\/webhooks\/lever\/([^/?#]+)\/?(?:\?.*)?$/;

/** The connection id when the request is a webhook delivery, else null. */
export function deliveryTarget(request: IncomingMessage): string | null {
  if (request.method !== "POST") return null;
  const match = WEBHOOK_PATH.exec(request.url ?? "");
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

/**
 * The webhook intake on plain Node, ahead of Next's router: the same
 * checks and storage as the route handler in app/api/webhooks, without
 * the rendering machinery a delivery does not need.
 */
export async function handleDelivery(
  request: IncomingMessage,
  response: ServerResponse,
  connectionId: string,
): Promise<void> {
  const declared = Number(request.headers["content-length"] ?? 0);
  const body = declared > MAX_DELIVERY_BYTES ? null : await readCapped(request);

  const answer = await receiveDelivery({
    connectionId,
    body,
    sourceAddress: clientAddress(headersOf(request)),
  });
  const payload = JSON.stringify(
    answer.status === 200
      ? { ok: true, message: answer.message }
      : { message: answer.message },
  );
  response.writeHead(answer.status, {
    "content-type": "application/json",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    // A refused body may be left unread; close rather than drain it.
    ...(body === null ? { connection: "close" } : {}),
  });
  response.end(payload);
}

async function readCapped(request: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_DELIVERY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) headers.set(name, value.join(", "));
  }
  return headers;
}
