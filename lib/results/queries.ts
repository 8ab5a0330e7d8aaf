import { queryOptions } from "@tanstack/react-query";

export type ReviewSummary = { waiting: number };

export const reviewKeys = {
  all: ["reviews"] as const,
  summary: () => [...reviewKeys.all, "summary"] as const,
};

/** The review badge; null for people who may not review. */
export function reviewSummaryQuery() {
  return queryOptions({
    queryKey: reviewKeys.summary(),
    queryFn: async (): Promise<ReviewSummary | null> => {
      const response = await fetch("/api/reviews/summary");
      if (response.status === 404) return null;
      if (!response.ok) throw new Error("The review queue did not answer.");
      return (await response.json()) as ReviewSummary;
    },
    staleTime: 60_000,
    retry: false,
  });
}
