import { ConnectionStatusBadge } from "@/components/lever/connection-status-badge";
import type { ConnectionStatus } from "@/lib/lever-connection/status";

import { ConnectButton } from "./connect-button";
import { DisconnectButton } from "./disconnect-button";
import { LiveSummary } from "./live-summary";
import { PerformAsForm } from "./perform-as-form";
import { RetrySetupButton } from "./retry-setup-button";
import { WebhookHealth } from "./webhook-health";

function when(date: Date | null): string {
  if (!date) return "never";
  return date.toLocaleString("en", { dateStyle: "medium", timeStyle: "short" });
}

type Props = { connection: ConnectionStatus; manager: boolean };

export function ConnectionCard({ connection, manager }: Props) {
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center gap-3">
        <ConnectionStatusBadge status={connection.status} />
        <span className="text-sm font-medium">{connection.environment}</span>
      </div>
      {connection.status === "needs_reconnect" ? (
        <ReconnectNotice manager={manager} />
      ) : null}
      {connection.setupError ? (
        <div className="grid gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <p>{connection.setupError}</p>
          {manager ? <RetrySetupButton /> : null}
        </div>
      ) : null}
      <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[12rem_1fr]">
        <dt className="text-slate-500">Lever account</dt>
        <dd className="font-mono text-xs">{connection.leverAccountId}</dd>
        <dt className="text-slate-500">Connected by</dt>
        <dd>
          {connection.connectedByName}, {when(connection.connectedAt)}
        </dd>
        <dt className="text-slate-500">Permissions</dt>
        <dd>
          {connection.missingScopes.length === 0 ? (
            `All ${connection.requiredScopes.length} permissions Hallo needs were granted.`
          ) : (
            <span className="text-red-700">
              Missing: {connection.missingScopes.join(", ")}. Reconnect and
              accept every permission.
            </span>
          )}
        </dd>
        <dt className="text-slate-500">Access token</dt>
        <dd>
          {connection.status === "needs_reconnect"
            ? `Refused by Lever since ${when(connection.needsReconnectSince)}`
            : `Valid until ${when(connection.accessTokenExpiresAt)}; last refreshed ${when(connection.lastRefreshedAt)}`}
        </dd>
        <dt className="text-slate-500">Feedback template</dt>
        <dd>
          {connection.templateReady
            ? "“Hallo Language Assessment” is in Lever"
            : "Not created yet"}
        </dd>
        <dt className="text-slate-500">Feedback posted as</dt>
        <dd>
          {manager && connection.status !== "needs_reconnect" ? (
            <PerformAsForm current={connection.performAs} />
          ) : (
            (connection.performAs?.name ?? "Not chosen yet")
          )}
        </dd>
      </dl>
      <WebhookHealth connection={connection} />
      {connection.status !== "needs_reconnect" ? <LiveSummary /> : null}
      {manager ? (
        <div className="flex justify-end border-t border-slate-100 pt-4">
          <DisconnectButton />
        </div>
      ) : null}
    </div>
  );
}

function ReconnectNotice({ manager }: { manager: boolean }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      <p>
        Lever no longer accepts Hallo&apos;s access (it was revoked or expired).
        Nothing is sent to or read from Lever until someone reconnects.
      </p>
      {manager ? <ConnectButton label="Reconnect" /> : null}
    </div>
  );
}
