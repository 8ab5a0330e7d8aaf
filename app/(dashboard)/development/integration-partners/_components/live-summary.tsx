"use client";

import { useQuery } from "@tanstack/react-query";

import { leverSummaryQuery } from "@/lib/queries/lever";

export function LiveSummary() {
  const { data, error, isPending } = useQuery(leverSummaryQuery());

  return (
    <div className="grid gap-2 text-sm">
      <h3 className="font-medium">In Lever now</h3>
      {isPending ? <p className="text-slate-500">Asking Lever…</p> : null}
      {error ? <p className="text-red-700">{error.message}</p> : null}
      {data ? (
        <p className="text-slate-600">
          <span className="font-medium text-slate-900">
            {data.openPostings} open postings
          </span>{" "}
          can receive candidates, and {data.users.length} active Lever users can
          be chosen to post feedback.
        </p>
      ) : null}
    </div>
  );
}
