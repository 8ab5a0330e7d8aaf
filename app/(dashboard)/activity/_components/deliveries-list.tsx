import { Badge } from "@/components/ui/badge";
import type { DeliveryEntry } from "@/lib/webhooks/deliveries-log";

export function DeliveriesList({ entries }: { entries: DeliveryEntry[] }) {
  if (entries.length === 0) {
    return (
      <p className="p-6 text-sm text-slate-600">
        No webhook deliveries yet. Lever posts one each time a candidate changes
        stage, is archived or is deleted, once its Super Admin has switched the
        webhook groups on.
      </p>
    );
  }

  return (
    <ul className="divide-y divide-slate-100">
      {entries.map((entry) => (
        <li key={entry.id} className="grid gap-1 px-6 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2">
            {entry.status === "accepted" ? (
              <Badge tone={entry.state === "failed" ? "danger" : "success"}>
                Accepted
              </Badge>
            ) : (
              <Badge tone="danger">Rejected</Badge>
            )}
            <span className="font-medium text-slate-900">
              {entry.event ?? "Unreadable delivery"}
            </span>
            <time className="text-xs text-slate-500">
              {entry.receivedAt.toLocaleString("en", {
                dateStyle: "medium",
                timeStyle: "medium",
              })}
            </time>
          </div>
          <p className="text-slate-700">{describe(entry)}</p>
        </li>
      ))}
    </ul>
  );
}

function describe(entry: DeliveryEntry): string {
  if (entry.status === "rejected") {
    return `${entry.rejectionReason ?? "Refused."} From ${entry.sourceAddress ?? "an unknown address"}.`;
  }
  const repeats =
    entry.repeats > 0
      ? ` Received ${entry.repeats + 1} times; processed once.`
      : "";
  const outcome =
    entry.state === "queued"
      ? "Queued for processing."
      : entry.state === "waiting"
        ? (entry.outcome ?? "Waiting.")
        : (entry.outcome ?? "Processed.");
  return `${outcome}${repeats}`;
}
