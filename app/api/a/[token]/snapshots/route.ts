import { candidateRoute, readCapped } from "@/lib/attempts/route";
import { receiveSnapshot, UPLOAD_LIMITS } from "@/lib/attempts/uploads";

// POST /api/a/<token>/snapshots?task=<id>, the image as the body.
export const POST = candidateRoute(
  "candidate.snapshot",
  async (token, request) => {
    const task = new URL(request.url).searchParams.get("task");
    const bytes = await readCapped(request, UPLOAD_LIMITS.snapshot);
    await receiveSnapshot(token, {
      taskId: task?.slice(0, 100) ?? null,
      bytes,
    });
  },
);
