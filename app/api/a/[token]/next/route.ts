import { z } from "zod";

import { finishTask } from "@/lib/attempts/answers";
import { candidateRoute, readJson } from "@/lib/attempts/route";

const next = z.object({ taskId: z.string().min(1).max(100) });

export const POST = candidateRoute("candidate.next", async (token, request) =>
  finishTask(token, await readJson(request, next)),
);
