import { currentViewer, scopeOf } from "@/lib/auth/session";
import { mediaResponse } from "@/lib/media/response";
import { readReviewAudio } from "@/lib/results/review-media";

type Context = {
  params: Promise<{ invitationId: string; mediaId: string }>;
};

/** A candidate's recording, for reviewers of the candidate's organization. */
export async function GET(request: Request, { params }: Context) {
  const viewer = await currentViewer();
  if (!viewer) return mediaResponse(null);

  const { invitationId, mediaId } = await params;
  return mediaResponse(
    await readReviewAudio(scopeOf(viewer), invitationId, mediaId),
    request.headers.get("range"),
  );
}
