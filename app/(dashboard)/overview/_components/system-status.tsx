"use client";

import { useQuery } from "@tanstack/react-query";

import { Badge } from "@/components/ui/badge";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { healthQuery } from "@/lib/queries/health";

export function SystemStatus() {
  const { data, isPending, isError } = useQuery(healthQuery());

  return (
    <Card>
      <CardHeader>
        <CardTitle>System status</CardTitle>
        <CardDescription>Checked every 30 seconds.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-2 text-sm">
        {isPending ? <p className="text-slate-500">Checking…</p> : null}
        {isError ? (
          <Badge tone="danger">The status check did not answer</Badge>
        ) : null}
        {data ? (
          <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-2">
            <dt>Database</dt>
            <dd>
              <StatusBadge ok={data.database.ok} />
            </dd>
            <dt>Job queue</dt>
            <dd>
              <StatusBadge ok={data.queue.ok} />
            </dd>
          </dl>
        ) : null}
      </CardContent>
    </Card>
  );
}

function StatusBadge({ ok }: { ok: boolean }) {
  return ok ? (
    <Badge tone="success">Working</Badge>
  ) : (
    <Badge tone="danger">Not reachable</Badge>
  );
}
