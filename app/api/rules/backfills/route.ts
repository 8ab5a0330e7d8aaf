import { jsonForViewer } from "@/lib/http/json-route";
import { listBackfills } from "@/lib/rules/backfill";

export const dynamic = "force-dynamic";

/** Progress of each rule's latest backfill, polled while one runs. */
export const GET = jsonForViewer("rules.backfills", listBackfills);
