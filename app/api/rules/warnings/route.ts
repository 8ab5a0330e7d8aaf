import { jsonForViewer } from "@/lib/http/json-route";
import { checkRulesInLever } from "@/lib/rules/live-check";

export const dynamic = "force-dynamic";

/** Rules that cannot fire as Lever is now, with the reasons. */
export const GET = jsonForViewer("rules.warnings", checkRulesInLever);
