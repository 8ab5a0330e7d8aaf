import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";

export type LeverSummary = {
  openPostings: number;
  users: { id: string; name: string; email: string | null }[];
};

export const leverKeys = {
  all: ["lever"] as const,
  summary: () => [...leverKeys.all, "summary"] as const,
};

export function leverSummaryQuery() {
  return queryOptions({
    queryKey: leverKeys.summary(),
    queryFn: async (): Promise<LeverSummary> => {
      const response = await fetch("/api/integrations/lever/summary");
      const body = (await response.json()) as LeverSummary & {
        message?: string;
      };
      if (!response.ok)
        throw new Error(body.message ?? "Lever did not answer.");
      return body;
    },
    staleTime: 60_000,
    retry: false,
  });
}

export type PickerPosting = {
  id: string;
  text: string;
  state: string | null;
  team: string | null;
  location: string | null;
};

type PostingsPage = { data: PickerPosting[]; next: string | null };

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  const body = (await response.json()) as T & { message?: string };
  if (!response.ok) throw new Error(body.message ?? "Lever did not answer.");
  return body;
}

export const leverPickerKeys = {
  postings: () => [...leverKeys.all, "postings"] as const,
  stages: () => [...leverKeys.all, "stages"] as const,
  ruleWarnings: () => ["rules", "warnings"] as const,
};

export function openPostingsQuery() {
  return infiniteQueryOptions({
    queryKey: leverPickerKeys.postings(),
    queryFn: ({ pageParam }) =>
      getJson<PostingsPage>(
        `/api/integrations/lever/postings${pageParam ? `?offset=${encodeURIComponent(pageParam)}` : ""}`,
      ),
    initialPageParam: "",
    getNextPageParam: (last) => last.next ?? undefined,
    staleTime: 5 * 60_000,
  });
}

export function stagesQuery() {
  return queryOptions({
    queryKey: leverPickerKeys.stages(),
    queryFn: () =>
      getJson<{ id: string; text: string }[]>("/api/integrations/lever/stages"),
    staleTime: 5 * 60_000,
  });
}

export function ruleWarningsQuery() {
  return queryOptions({
    queryKey: leverPickerKeys.ruleWarnings(),
    queryFn: () => getJson<Record<string, string[]>>("/api/rules/warnings"),
    staleTime: 60_000,
  });
}

export type BackfillProgress = {
  id: string;
  ruleId: string;
  status: "queued" | "running" | "done" | "failed";
  total: number | null;
  processed: number;
  error: string | null;
};

export const ruleKeys = {
  backfills: () => ["rules", "backfills"] as const,
  backfillCount: (postingId: string, stageId: string) =>
    ["rules", "backfill-count", postingId, stageId] as const,
};

export function backfillsQuery() {
  return queryOptions({
    queryKey: ruleKeys.backfills(),
    queryFn: () => getJson<BackfillProgress[]>("/api/rules/backfills"),
    // Poll only while a backfill is still going.
    refetchInterval: (query) =>
      query.state.data?.some(
        (b) => b.status === "queued" || b.status === "running",
      )
        ? 1000
        : false,
  });
}

export function backfillCountQuery(postingId: string, stageId: string) {
  return queryOptions({
    queryKey: ruleKeys.backfillCount(postingId, stageId),
    queryFn: () =>
      getJson<{ count: number }>(
        `/api/rules/backfill-count?${new URLSearchParams({ postingId, stageId })}`,
      ),
    enabled: Boolean(postingId && stageId),
    staleTime: 30_000,
  });
}
