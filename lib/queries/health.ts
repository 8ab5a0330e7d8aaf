import { queryOptions } from "@tanstack/react-query";

import type { Health } from "@/lib/health";

export const healthKeys = { all: ["health"] as const };

export function healthQuery() {
  return queryOptions({
    queryKey: healthKeys.all,
    queryFn: async (): Promise<Health> => {
      const response = await fetch("/api/health", { cache: "no-store" });
      // 503 still carries the report of what is down.
      if (!response.ok && response.status !== 503) {
        throw new Error(`health check answered ${response.status}`);
      }
      return (await response.json()) as Health;
    },
    refetchInterval: 30_000,
  });
}
