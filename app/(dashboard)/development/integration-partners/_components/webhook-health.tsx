import type { ConnectionStatus } from "@/lib/lever-connection/status";

const EVENT_LABELS: Record<string, string> = {
  candidateStageChange: "Candidate Stage Change",
  candidateArchiveChange: "Candidate Archive State Change",
  candidateDeleted: "Candidate Deleted",
};

export function WebhookHealth({
  connection,
}: {
  connection: ConnectionStatus;
}) {
  const registered = connection.webhooks.length;

  return (
    <div className="grid gap-2 text-sm">
      <h3 className="font-medium">Webhooks</h3>
      <p className="text-slate-600">
        {registered} of {connection.webhooksExpected} registered in Lever
        {registered > 0
          ? `: ${connection.webhooks.map((w) => EVENT_LABELS[w.event] ?? w.event).join(", ")}.`
          : "."}
      </p>
      {connection.lastDeliveryAt ? (
        <p className="text-slate-600">
          Last delivery received{" "}
          {connection.lastDeliveryAt.toLocaleString("en", {
            dateStyle: "medium",
            timeStyle: "short",
          })}
          .
        </p>
      ) : (
        <p className="rounded-md border border-amber-200 bg-amber-50 p-3 text-amber-900">
          No webhook delivery has arrived yet. In Lever, a Super Admin must
          switch on Candidate Stage Change: Settings › Integrations and API ›
          Webhooks.
        </p>
      )}
    </div>
  );
}
