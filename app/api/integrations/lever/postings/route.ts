import { jsonForViewer } from "@/lib/http/json-route";
import { openPostingsPage } from "@/lib/lever-connection/live";

export const dynamic = "force-dynamic";

/** One page of open postings for the Job Posting picker. */
export const GET = jsonForViewer("lever.postings", (scope, request) => {
  const offset = new URL(request.url).searchParams.get("offset") ?? undefined;
  return openPostingsPage(scope, offset);
});
