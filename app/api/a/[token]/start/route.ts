import { candidateRoute } from "@/lib/attempts/route";
import { startAttempt } from "@/lib/attempts/start";

export const POST = candidateRoute("candidate.start", (token) =>
  startAttempt(token),
);
