import Link from "next/link";

import { ConnectionStatusBadge } from "@/components/lever/connection-status-badge";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import type { ConnectionStatus } from "@/lib/lever-connection/status";

import { RuleWarningsNote } from "./rule-warnings-note";

export function LeverCard({
  connection,
}: {
  connection: ConnectionStatus | null;
}) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Lever</CardTitle>
        <CardDescription>Where candidates come from.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <div>
          <ConnectionStatusBadge status={connection?.status ?? "none"} />
        </div>
        {connection ? (
          <p className="text-slate-600">{connection.environment}</p>
        ) : null}
        {connection?.status === "active" ? <RuleWarningsNote /> : null}
        <Link
          href="/development/integration-partners"
          className="text-brand-700 underline"
        >
          {connection ? "Connection details" : "Connect to Lever"}
        </Link>
      </CardContent>
    </Card>
  );
}
