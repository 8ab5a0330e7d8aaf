import { EMAIL_KIND_LABELS } from "@/components/email/email-status-badge";
import { Card } from "@/components/ui/card";
import { languageName } from "@/lib/assessments/format";
import type { OutboxMessage } from "@/lib/email/outbox";
import { cn } from "@/lib/utils";

function formatTime(time: Date | null): string | null {
  return time
    ? time.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" })
    : null;
}

/** Who the message is for and what happened to it. */
export function MessageHeaders({ message }: { message: OutboxMessage }) {
  const headers = [
    { label: "To", value: message.recipient ?? "Deleted candidate" },
    { label: "Subject", value: message.subject },
    { label: "Kind", value: EMAIL_KIND_LABELS[message.kind] },
    { label: "Language", value: languageName(message.language) },
    { label: "Written", value: formatTime(message.createdAt) },
    { label: "Sent", value: formatTime(message.sentAt) },
    { label: "Server reply", value: message.smtpResponse },
    { label: "Error", value: message.error, problem: true },
  ];

  return (
    <Card>
      <dl className="grid gap-x-6 gap-y-3 px-6 py-5 text-sm sm:grid-cols-[10rem_1fr]">
        {headers.map(({ label, value, problem }) =>
          value ? (
            <div key={label} className="contents">
              <dt className="font-medium text-slate-500">{label}</dt>
              <dd
                className={cn(
                  "break-words",
                  problem ? "text-red-700" : "text-slate-900",
                )}
              >
                {value}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
    </Card>
  );
}
