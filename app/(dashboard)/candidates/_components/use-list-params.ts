"use client";

import { useSearchParams } from "next/navigation";
import { useCallback, useMemo } from "react";

import {
  FILTER_KEYS,
  parseListParams,
  type ListParams,
} from "@/lib/invitations/list-params";

type Change = Record<string, string | string[] | undefined>;

type Parsed =
  { params: ListParams; problem: null } | { params: null; problem: string };

function parse(search: URLSearchParams): Parsed {
  try {
    return { params: parseListParams(search), problem: null };
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error);
    return { params: null, problem };
  }
}

/**
 * The Candidates list state, kept in the URL so a filtered view can be
 * bookmarked and shared. Changes go through the History API: the page is
 * not rendered again on the server, only the list is fetched.
 */
export function useListParams() {
  const search = useSearchParams();
  const parsed = useMemo(() => parse(new URLSearchParams(search)), [search]);

  const update = useCallback(
    (change: Change, options: { replace?: boolean } = {}) => {
      const next = new URLSearchParams(search);
      for (const [key, value] of Object.entries(change)) {
        next.delete(key);
        for (const item of [value ?? []].flat()) {
          if (item) next.append(key, item);
        }
      }
      // Any other change makes the current page number meaningless.
      if (!("page" in change)) next.delete("page");

      const query = next.toString();
      const url = query ? `?${query}` : window.location.pathname;
      if (options.replace) window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
    },
    [search],
  );

  /** Drops the filters but keeps the sort order and page size. */
  const clearFilters = useCallback(() => {
    update(Object.fromEntries(FILTER_KEYS.map((key) => [key, undefined])));
  }, [update]);

  /** Back to the plain list, for a URL that cannot be read at all. */
  const reset = useCallback(() => {
    window.history.pushState(null, "", window.location.pathname);
  }, []);

  return { ...parsed, search, update, clearFilters, reset };
}

export type ListUpdate = ReturnType<typeof useListParams>["update"];
