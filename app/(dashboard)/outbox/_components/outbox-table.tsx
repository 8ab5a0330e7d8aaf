import Link from "next/link";

import {
  EMAIL_KIND_LABELS,
  EmailStatusBadge,
} from "@/components/email/email-status-badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import type { OutboxEntry } from "@/lib/email/outbox";

export function OutboxTable({
  messages,
  filtered,
}: {
  messages: OutboxEntry[];
  filtered: boolean;
}) {
  if (messages.length === 0) {
    return (
      <p className="p-6 text-sm text-slate-600">
        {filtered
          ? "No messages with this status."
          : "No messages yet. When a rule invites a candidate, the invitation email and any reminder appear here, with whether they were sent, bounced or are waiting in the outbox."}
      </p>
    );
  }

  return (
    <Table>
      <thead>
        <tr>
          <TableHead>To</TableHead>
          <TableHead>Candidate</TableHead>
          <TableHead>Subject</TableHead>
          <TableHead>Kind</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Time</TableHead>
          <TableHead>
            <span className="sr-only">Open</span>
          </TableHead>
        </tr>
      </thead>
      <tbody>
        {messages.map((message) => (
          <OutboxRow key={message.id} message={message} />
        ))}
      </tbody>
    </Table>
  );
}

function OutboxRow({ message }: { message: OutboxEntry }) {
  const time = message.sentAt ?? message.createdAt;

  return (
    <tr>
      <TableCell className="max-w-56 truncate" title={message.recipient ?? ""}>
        {message.recipient ?? <span className="text-slate-500">Deleted</span>}
      </TableCell>
      <TableCell>
        <div>{message.candidateName ?? "—"}</div>
        <div className="text-xs text-slate-500">{message.assessmentName}</div>
      </TableCell>
      <TableCell className="max-w-sm">{message.subject}</TableCell>
      <TableCell>{EMAIL_KIND_LABELS[message.kind]}</TableCell>
      <TableCell>
        <EmailStatusBadge status={message.status} />
      </TableCell>
      <TableCell className="whitespace-nowrap text-slate-600">
        <time dateTime={time.toISOString()}>
          {time.toLocaleString("en", {
            dateStyle: "medium",
            timeStyle: "short",
          })}
        </time>
      </TableCell>
      <TableCell className="text-right">
        <Link
          href={`/outbox/${message.id}`}
          className="text-brand-700 underline"
        >
          Open
          <span className="sr-only">
            {" "}
            message to {message.candidateName ?? "a deleted candidate"}
          </span>
        </Link>
      </TableCell>
    </tr>
  );
}
