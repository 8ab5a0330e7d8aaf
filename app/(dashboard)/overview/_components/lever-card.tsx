import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import type { ConnectionStatus } from "@/lib/lever-connection/status";

import { RuleWarningsNote } from "./rule-warnings-note";

const STATES = {
  none: { label: "Not connected", tone: "neutral" },
  setting_up: { label: "Setup incomplete", tone: "warning" },
  active: { label: "Connected", tone: "success" },
  needs_reconnect: { label: "Needs reconnect", tone: "danger" },
  disconnected: { label: "Not connected", tone: "neutral" },
} as const;

export function LeverCard({
  connection,
}: {
  connection: ConnectionStatus | null;
}) {
  const state = STATES[connection?.status ?? "none"];

  return (
    <Card>
      <CardHeader>
        <CardTitle>Lever</CardTitle>
        <CardDescription>Where candidates come from.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-3 text-sm">
        <div>
          <Badge tone={state.tone}>{state.label}</Badge>
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
