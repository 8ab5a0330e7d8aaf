import { z } from "zod";

import { candidateRoute, readCapped } from "@/lib/attempts/route";
import { receiveRecording, UPLOAD_LIMITS } from "@/lib/attempts/uploads";
import { AppError } from "@/lib/errors";

const query = z.object({
  task: z.string().min(1).max(100),
  seconds: z.coerce.number().min(0).max(3_600).optional(),
});

// POST /api/a/<token>/audio?task=<id>&seconds=<n>, the recording as the body.
export const POST = candidateRoute(
  "candidate.audio",
  async (token, request) => {
    const url = new URL(request.url);
    const parsed = query.safeParse(Object.fromEntries(url.searchParams));
    if (!parsed.success)
      throw new AppError("bad_request", "Which task is this?");

    const bytes = await readCapped(request, UPLOAD_LIMITS.audio);
    return receiveRecording(token, {
      taskId: parsed.data.task,
      bytes,
      durationSeconds: parsed.data.seconds ?? null,
    });
  },
);
