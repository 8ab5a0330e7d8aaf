import {
  acceptDelivery,
  MAX_DELIVERY_BYTES,
} from "@/lib/lever-connection/deliveries";

export async function POST(
  request: Request,
  { params }: { params: Promise<{ connection: string }> },
) {
  const { connection } = await params;
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_DELIVERY_BYTES) {
    return Response.json({ message: "Body too large." }, { status: 413 });
  }

  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return Response.json({ message: "Body is not JSON." }, { status: 400 });
  }

  const verdict = await acceptDelivery(connection, body);
  return verdict.status === 200
    ? Response.json({ ok: true })
    : Response.json({ message: verdict.reason }, { status: verdict.status });
}
