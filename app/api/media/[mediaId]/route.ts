import { currentViewer, scopeOf } from "@/lib/auth/session";
import { mediaResponse } from "@/lib/media/response";
import { readScopedMedia } from "@/lib/reports/access";

type Context = { params: Promise<{ mediaId: string }> };

/** A recording or snapshot of the signed-in viewer's organization. */
export async function GET(request: Request, { params }: Context) {
  const viewer = await currentViewer();
  if (!viewer) return mediaResponse(null);

  const { mediaId } = await params;
  return mediaResponse(
    await readScopedMedia(scopeOf(viewer), mediaId),
    request.headers.get("range"),
  );
}
