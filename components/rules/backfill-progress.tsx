"use client";

import type { BackfillProgress as Progress } from "@/lib/queries/lever";

/** Where the backfill of one rule stands, as a labelled progress bar. */
export function BackfillProgress({ backfill }: { backfill?: Progress }) {
  if (!backfill) return null;

  if (backfill.status === "failed") {
    return (
      <span className="text-xs text-red-700">
        Backfill failed: {backfill.error ?? "unknown error"}. It is retried
        automatically.
      </span>
    );
  }
  if (backfill.status === "done") {
    return (
      <span className="text-xs text-slate-600">
        {backfill.total ?? 0} candidates already in the stage handled; see
        Candidates for who was invited.
      </span>
    );
  }

  const total = backfill.total ?? 0;
  return (
    <span className="grid gap-1 text-xs text-slate-600">
      <progress
        className="h-1.5 w-32 accent-brand-600"
        max={Math.max(total, 1)}
        value={backfill.processed}
        aria-label="Backfill progress"
      />
      {backfill.status === "queued"
        ? "Backfill queued…"
        : `${backfill.processed} of ${total} candidates handled`}
    </span>
  );
}
