import { jsonForViewer } from "@/lib/http/json-route";
import { getLiveSummary } from "@/lib/lever-connection/live";

export const dynamic = "force-dynamic";

/** What the connection can see in Lever right now, for the card. */
export const GET = jsonForViewer("lever.summary", getLiveSummary);
