import { clientAddress } from "@/lib/http/client-address";
import { MAX_DELIVERY_BYTES, receiveDelivery } from "@/lib/webhooks/intake";

export async function POST(
  request: Request,
  { params }: { params: Promise<{ connection: string }> },
) {
  const { connection } = await params;

  // A declared length over the limit is refused without reading the body.
  const declared = Number(request.headers.get("content-length") ?? 0);
  const body = declared > MAX_DELIVERY_BYTES ? null : await readCapped(request);

  const answer = await receiveDelivery({
    connectionId: connection,
    body,
    sourceAddress: clientAddress(request.headers),
  });
  return Response.json(
    answer.status === 200
      ? { ok: true, message: answer.message }
      : { message: answer.message },
    { status: answer.status },
  );
}

/** The body as text, or null once it grows past the limit. */
async function readCapped(request: Request): Promise<string | null> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DELIVERY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}
