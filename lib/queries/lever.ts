import { queryOptions } from "@tanstack/react-query";

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
