import { mediaResponse } from "@/lib/media/response";
import { readLinkMedia } from "@/lib/reports/access";

type Context = { params: Promise<{ token: string; mediaId: string }> };

/** A recording or snapshot of the report link's own invitation only. */
export async function GET(request: Request, { params }: Context) {
  const { token, mediaId } = await params;
  return mediaResponse(
    await readLinkMedia(token, mediaId),
    request.headers.get("range"),
  );
}
