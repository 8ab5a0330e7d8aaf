import { jsonForViewer } from "@/lib/http/json-route";
import { listLeverStages } from "@/lib/lever-connection/live";

export const dynamic = "force-dynamic";

export const GET = jsonForViewer("lever.stages", listLeverStages);
