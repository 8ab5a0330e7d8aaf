import { jsonForViewer } from "@/lib/http/json-route";
import { parseListParams } from "@/lib/invitations/list-params";
import { listInvitations } from "@/lib/invitations/queries";

export const dynamic = "force-dynamic";

/** A page of the Candidates list; bad filters answer 400 with the reason. */
export const GET = jsonForViewer("invitations.list", (scope, request) =>
  listInvitations(scope, parseListParams(new URL(request.url).searchParams)),
);
