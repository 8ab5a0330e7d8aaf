import { queryOptions } from "@tanstack/react-query";

import {
  listParamsToSearch,
  type ListParams,
} from "@/lib/invitations/list-params";
import type { InvitationListRow } from "@/lib/invitations/queries";

export type InvitationPage = { rows: InvitationListRow[]; total: number };

type JsonRow = Omit<
  InvitationListRow,
  "anonymizedAt" | "createdAt" | "expiresAt"
> & { anonymizedAt: string | null; createdAt: string; expiresAt: string };

export const invitationKeys = {
  all: ["invitations"] as const,
  lists: () => [...invitationKeys.all, "list"] as const,
  /** Keyed by the canonical query string, so equal filters share a page. */
  list: (params: ListParams) =>
    [...invitationKeys.lists(), listParamsToSearch(params).toString()] as const,
};

// JSON carries dates as strings; rows get their Date objects back so the
// browser and the server-rendered first page hold the same shape.
function revive(row: JsonRow): InvitationListRow {
  return {
    ...row,
    anonymizedAt: row.anonymizedAt ? new Date(row.anonymizedAt) : null,
    createdAt: new Date(row.createdAt),
    expiresAt: new Date(row.expiresAt),
  };
}

async function fetchPage(params: ListParams): Promise<InvitationPage> {
  const search = listParamsToSearch(params);
  const response = await fetch(`/api/invitations?${search}`);
  const body = (await response.json()) as {
    rows?: JsonRow[];
    total?: number;
    message?: string;
  };
  if (!response.ok) {
    throw new Error(body.message ?? "The candidates could not be loaded.");
  }
  return { rows: (body.rows ?? []).map(revive), total: body.total ?? 0 };
}

export function invitationsQuery(params: ListParams) {
  return queryOptions({
    queryKey: invitationKeys.list(params),
    queryFn: () => fetchPage(params),
  });
}
