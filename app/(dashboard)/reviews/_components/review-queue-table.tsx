import Link from "next/link";

import { When } from "@/components/candidates/when";
import { Badge } from "@/components/ui/badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import type { ReviewQueueItem, ReviewTab } from "@/lib/results/queue";

type Props = { items: ReviewQueueItem[]; tab: ReviewTab };

/** The current results of one review tab, each linking to its review. */
export function ReviewQueueTable({ items, tab }: Props) {
  const waiting = tab === "waiting";
  if (items.length === 0) {
    return (
      <p className="px-6 pb-6 text-sm text-slate-600">
        {waiting
          ? "Nothing is waiting for a reviewer."
          : "No result is final yet."}
      </p>
    );
  }

  return (
    <Table>
      <thead>
        <tr>
          <TableHead>Candidate</TableHead>
          <TableHead>Assessment</TableHead>
          <TableHead>Language</TableHead>
          <TableHead>{waiting ? "Waiting since" : "Scored"}</TableHead>
          <TableHead>{waiting ? "Why" : "Result"}</TableHead>
          <TableHead>
            <span className="sr-only">Open</span>
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.invitationId}>
            <TableCell className="font-medium">
              {item.candidateName ?? "Deleted candidate"}
              {item.postingName ? (
                <div className="font-normal text-slate-500">
                  {item.postingName}
                </div>
              ) : null}
            </TableCell>
            <TableCell>{item.assessmentName}</TableCell>
            <TableCell>{item.language}</TableCell>
            <TableCell>
              <When date={item.since} withTime />
            </TableCell>
            <TableCell>
              {waiting ? (
                <Reasons reasons={item.reasons} />
              ) : (
                <Scored {...item} />
              )}
            </TableCell>
            <TableCell className="text-right">
              <Link
                href={`/reviews/${item.invitationId}`}
                className="font-medium text-brand-700 underline"
              >
                {waiting ? "Review" : "Amend"}
                <span className="sr-only">
                  {" "}
                  {item.candidateName ?? "deleted candidate"}
                </span>
              </Link>
            </TableCell>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

function Reasons({ reasons }: { reasons: string[] }) {
  return (
    <ul className="grid max-w-md gap-1 text-slate-700">
      {reasons.map((reason) => (
        <li key={reason}>{reason}</li>
      ))}
    </ul>
  );
}

function Scored(item: ReviewQueueItem) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <Badge tone="brand">
        {item.overallLevel} · {item.overallScore?.toFixed(1)} / 10
      </Badge>
      <span className="text-slate-500">
        {item.scorerName}, version {item.version}
      </span>
    </span>
  );
}
