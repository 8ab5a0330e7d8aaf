import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
} from "@tanstack/react-query";
import type { Metadata } from "next";

import { PageHeader } from "@/components/dashboard/page-header";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { readListParams } from "@/lib/invitations/list-params";
import { invitationKeys } from "@/lib/invitations/list-query";
import {
  candidateFilterOptions,
  listInvitations,
} from "@/lib/invitations/queries";

import { CandidatesView } from "./_components/candidates-view";

export const metadata: Metadata = { title: "Candidates" };

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function toSearch(values: Record<string, string | string[] | undefined>) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    for (const item of [value ?? []].flat()) search.append(key, item);
  }
  return search;
}

export default async function CandidatesPage({ searchParams }: Props) {
  const scope = scopeOf(await requireViewer());
  const parsed = readListParams(toSearch(await searchParams));

  // The first page is read here and handed to the browser's query cache,
  // so the list shows at once; later pages come from /api/invitations.
  const client = new QueryClient();
  const [options] = await Promise.all([
    candidateFilterOptions(scope),
    parsed.success
      ? client.prefetchQuery({
          queryKey: invitationKeys.list(parsed.data),
          queryFn: () => listInvitations(scope, parsed.data),
        })
      : null,
  ]);

  return (
    <>
      <PageHeader
        title="Candidates"
        description="Everyone Hallo invited to an assessment, and where each invitation stands. Open a candidate to see every step the integration took."
      />
      <HydrationBoundary state={dehydrate(client)}>
        <CandidatesView options={options} />
      </HydrationBoundary>
    </>
  );
}
