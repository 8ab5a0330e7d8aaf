import Link from "next/link";

import { OutcomeBadge } from "@/components/candidates/outcome-badge";
import { When } from "@/components/candidates/when";
import type { TimelineEntry } from "@/lib/invitations/candidate-timeline";
import { cn } from "@/lib/utils";

import { RetryButton } from "./retry-button";

type Props = { entries: TimelineEntry[]; manager: boolean };

const DOTS = {
  ok: "bg-emerald-500",
  skipped: "bg-slate-400",
  waiting: "bg-amber-500",
  failed: "bg-red-500",
};

/** The candidate's history, oldest first, as a vertical line of steps. */
export function TimelineList({ entries, manager }: Props) {
  if (entries.length === 0) {
    return (
      <p className="text-sm text-slate-600">
        Nothing has been recorded for this candidate yet.
      </p>
    );
  }

  return (
    <ol
      aria-label="Timeline"
      className="grid gap-0 border-l border-slate-200 pl-0"
    >
      {entries.map((entry) => (
        <li key={entry.key} className="relative grid gap-1 pb-5 pl-6">
          <span
            className={cn(
              "absolute top-1.5 -left-1.5 size-3 rounded-full ring-4 ring-white",
              DOTS[entry.outcome],
            )}
            aria-hidden
          />
          <div className="flex flex-wrap items-center gap-2 text-sm">
            <span className="font-medium text-slate-900">{entry.label}</span>
            <OutcomeBadge outcome={entry.outcome} />
            <span className="text-xs text-slate-500">
              <When date={entry.at} withTime />
            </span>
          </div>
          {entry.otherInvitation ? (
            <p className="text-xs text-slate-500">
              For another rule:{" "}
              <Link
                href={`/candidates/${entry.otherInvitation.id}`}
                className="text-brand-700 hover:underline"
              >
                {entry.otherInvitation.assessmentName}
                {entry.otherInvitation.stageName
                  ? ` at ${entry.otherInvitation.stageName}`
                  : ""}
              </Link>
            </p>
          ) : null}
          {entry.detail ? (
            <p className="text-sm text-slate-600">{entry.detail}</p>
          ) : null}
          <RetryState retry={entry.retry} manager={manager} />
        </li>
      ))}
    </ol>
  );
}

function RetryState({
  retry,
  manager,
}: {
  retry: TimelineEntry["retry"];
  manager: boolean;
}) {
  if (!retry) return null;

  if (retry.retriedAt) {
    return (
      <p className="text-xs text-slate-500">
        Retried <When date={retry.retriedAt} withTime />.
      </p>
    );
  }
  return manager ? <RetryButton eventId={retry.eventId} /> : null;
}
