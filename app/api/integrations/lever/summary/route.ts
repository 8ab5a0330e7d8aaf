import { currentViewer, scopeOf } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { LeverReconnectRequired } from "@/lib/lever/errors";
import { getLiveSummary } from "@/lib/lever-connection/live";
import { logFor } from "@/lib/log";

export const dynamic = "force-dynamic";

/** What the connection can see in Lever right now, for the card. */
export async function GET() {
  const viewer = await currentViewer();
  if (!viewer)
    return Response.json({ message: "Sign in first." }, { status: 401 });

  try {
    return Response.json(await getLiveSummary(scopeOf(viewer)));
  } catch (error) {
    if (error instanceof AppError) {
      return Response.json(
        { message: error.message },
        { status: error.status },
      );
    }
    if (error instanceof LeverReconnectRequired) {
      return Response.json(
        {
          message:
            "Lever access was revoked or expired. Reconnect to continue.",
        },
        { status: 409 },
      );
    }
    logFor({ route: "lever.summary" }).error({ err: error }, "summary failed");
    return Response.json(
      { message: "Lever did not answer. Try again in a moment." },
      { status: 502 },
    );
  }
}
