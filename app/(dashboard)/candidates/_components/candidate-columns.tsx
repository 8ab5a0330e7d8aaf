"use client";

import {
  createColumnHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
} from "@tanstack/react-table";
import Link from "next/link";

import { StatusBadge } from "@/components/candidates/status-badge";
import { When } from "@/components/candidates/when";
import type { InvitationListRow } from "@/lib/invitations/queries";

export const features = tableFeatures({
  rowSortingFeature,
  rowPaginationFeature,
});

const column = createColumnHelper<typeof features, InvitationListRow>();

const orDash = (text: string | null) => text ?? "—";

// Column ids that can be sorted are the server's sort fields.
export const columns = column.columns([
  column.accessor("candidateName", {
    header: "Candidate",
    cell: ({ row }) => <CandidateCell candidate={row.original} />,
  }),
  column.accessor("postingName", {
    header: "Posting",
    enableSorting: false,
    cell: (info) => <Wide>{orDash(info.getValue())}</Wide>,
  }),
  column.accessor("stageName", {
    header: "Stage",
    enableSorting: false,
    cell: (info) => <Wide>{orDash(info.getValue())}</Wide>,
  }),
  column.accessor("assessmentName", {
    header: "Assessment",
    enableSorting: false,
    cell: (info) => <Wide>{info.getValue()}</Wide>,
  }),
  column.accessor("status", {
    header: "Status",
    cell: (info) => <StatusBadge status={info.getValue()} />,
  }),
  column.accessor("createdAt", {
    header: "Invited",
    sortDescFirst: true,
    cell: (info) => <When date={info.getValue()} />,
  }),
  column.accessor("expiresAt", {
    header: "Expires",
    cell: (info) => <When date={info.getValue()} />,
  }),
]);

function CandidateCell({ candidate }: { candidate: InvitationListRow }) {
  const deleted = candidate.anonymizedAt || !candidate.candidateName;

  return (
    <div className="grid">
      {/* The link covers the whole row, so any cell opens the candidate. */}
      <Link
        href={`/candidates/${candidate.id}`}
        className="font-medium text-slate-900 after:absolute after:inset-0 hover:text-brand-700 hover:underline focus-visible:outline-none"
      >
        {deleted ? (
          <span className="text-slate-500 italic">Deleted candidate</span>
        ) : (
          candidate.candidateName
        )}
      </Link>
      {candidate.candidateEmail ? (
        <span className="text-slate-500">{candidate.candidateEmail}</span>
      ) : null}
    </div>
  );
}

// Names wrap onto two lines at most instead of a word per line; the table
// scrolls sideways on narrow screens.
function Wide({ children }: { children: React.ReactNode }) {
  return <span className="block min-w-40">{children}</span>;
}
