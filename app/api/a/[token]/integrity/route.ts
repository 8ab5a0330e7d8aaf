import { z } from "zod";

import { recordIntegrity } from "@/lib/attempts/answers";
import { candidateRoute, readJson } from "@/lib/attempts/route";

const signal = z.object({
  kind: z.enum(["tab_hidden", "window_blur", "paste", "camera_unavailable"]),
  taskId: z.string().max(100).optional(),
  amount: z.number().min(0).max(1_000_000).optional(),
});

export const POST = candidateRoute(
  "candidate.integrity",
  async (token, request) =>
    recordIntegrity(token, await readJson(request, signal)),
);
