import type { Metadata } from "next";

import { Alert } from "@/components/ui/alert";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { leverSettings } from "@/lib/lever/config";
import { getConnectionStatus } from "@/lib/lever-connection/status";
import { listAssessmentChoices } from "@/lib/rules/choices";
import { listRules } from "@/lib/rules/rules";

import { ConnectButton } from "./_components/connect-button";
import { ConnectionCard } from "./_components/connection-card";
import { IntegrationSettings } from "./_components/integration-settings";
import { outcomeMessage } from "./_components/outcome";

export const metadata: Metadata = { title: "Integration Partners" };

export default async function IntegrationPartnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  const [connection, rules, assessments] = await Promise.all([
    getConnectionStatus(scope),
    listRules(scope),
    listAssessmentChoices(scope),
  ]);
  const manager = canManage(viewer.role);
  const configured = leverSettings(env()) !== null;
  const outcome = outcomeMessage(await searchParams);

  return (
    <div className="grid gap-6">
      {outcome ? <Alert tone={outcome.tone}>{outcome.text}</Alert> : null}
      <Card>
        <CardHeader>
          <CardTitle>Connect to Lever</CardTitle>
          <CardDescription>
            Invite candidates to Hallo assessments when they reach a stage in
            Lever, and post their results back as feedback forms.
          </CardDescription>
        </CardHeader>
        <CardContent>
          {connection ? (
            <ConnectionCard connection={connection} manager={manager} />
          ) : (
            <NotConnected manager={manager} configured={configured} />
          )}
        </CardContent>
      </Card>
      {connection && connection.status !== "needs_reconnect" ? (
        <IntegrationSettings
          rules={rules}
          assessments={assessments}
          manager={manager}
        />
      ) : null}
    </div>
  );
}

function NotConnected({
  manager,
  configured,
}: {
  manager: boolean;
  configured: boolean;
}) {
  if (!configured) {
    return (
      <p className="text-sm text-slate-600">
        Lever is not configured on this server. An operator must set
        LEVER_CLIENT_ID and LEVER_CLIENT_SECRET.
      </p>
    );
  }
  if (!manager) {
    return (
      <p className="text-sm text-slate-600">
        Not connected. An owner or admin of your organization can connect Lever
        here.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <p className="max-w-xl text-sm text-slate-600">
        You will sign in to Lever as a Super Admin and review the permissions
        Hallo asks for. Then switch on the “Candidate Stage Change” webhook in
        Lever (Settings › Integrations and API › Webhooks).
      </p>
      <ConnectButton label="Connect" />
    </div>
  );
}
