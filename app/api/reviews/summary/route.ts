import { jsonForViewer } from "@/lib/http/json-route";
import { reviewSummary } from "@/lib/results/queue";

/** How many results wait for review; 404 for people who do not review. */
export const GET = jsonForViewer("reviews.summary", reviewSummary);
