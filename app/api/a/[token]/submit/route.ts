import { candidateRoute } from "@/lib/attempts/route";
import { submitAttempt } from "@/lib/attempts/submit";

export const POST = candidateRoute("candidate.submit", (token) =>
  submitAttempt(token),
);
