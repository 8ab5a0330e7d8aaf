import { z } from "zod";

import { saveWriting } from "@/lib/attempts/answers";
import { candidateRoute, readJson } from "@/lib/attempts/route";

const answer = z.object({
  taskId: z.string().min(1).max(100),
  text: z.string().max(20_000),
});

export const POST = candidateRoute("candidate.answer", async (token, request) =>
  saveWriting(token, await readJson(request, answer)),
);
