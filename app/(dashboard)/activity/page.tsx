import type { Metadata } from "next";
import { z } from "zod";

import { PageHeader } from "@/components/dashboard/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import {
  ACTIVITY_KINDS,
  ACTIVITY_PAGE_SIZE,
  listActivity,
  type ActivityKind,
} from "@/lib/audit/activity";
import { canManage } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { listFailedJobs } from "@/lib/jobs/failed-jobs";
import {
  DELIVERIES_PAGE_SIZE,
  listDeliveries,
} from "@/lib/webhooks/deliveries-log";

import { ActivityList } from "./_components/activity-list";
import { DeliveriesList } from "./_components/deliveries-list";
import { FailedJobsList } from "./_components/failed-jobs-list";
import { FilterLinks, Pager } from "./_components/nav";

export const metadata: Metadata = { title: "Activity" };

const VIEWS = {
  changes: "Changes",
  deliveries: "Webhook deliveries",
  jobs: "Failed jobs",
} as const;

const params = z.object({
  view: z
    .enum(Object.keys(VIEWS) as [keyof typeof VIEWS])
    .catch("changes")
    .default("changes"),
  kind: z
    .enum(Object.keys(ACTIVITY_KINDS) as [ActivityKind])
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export default async function ActivityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) {
    return (
      <>
        <PageHeader title="Activity" />
        <Alert>Only owners and admins can see the activity log.</Alert>
      </>
    );
  }
  const query = params.parse(await searchParams);

  return (
    <>
      <PageHeader
        title="Activity"
        description="Every change to members, the Lever connection, assessments and rules, every webhook Lever sent, and the jobs that failed."
      />
      <FilterLinks
        label="View"
        current={query.view}
        options={VIEWS}
        href={(view) => ({ view })}
      />
      <View scope={scopeOf(viewer)} query={query} />
    </>
  );
}

async function View({
  scope,
  query,
}: {
  scope: Scope;
  query: z.infer<typeof params>;
}) {
  if (query.view === "jobs") {
    return (
      <Card>
        <FailedJobsList jobs={await listFailedJobs(scope)} />
      </Card>
    );
  }

  if (query.view === "deliveries") {
    const { entries, total } = await listDeliveries(scope, query.page);
    return (
      <>
        <Card>
          <DeliveriesList entries={entries} />
        </Card>
        <Pager
          query={query}
          total={total}
          pageSize={DELIVERIES_PAGE_SIZE}
          noun="delivery"
        />
      </>
    );
  }

  const { entries, total } = await listActivity(scope, {
    kind: query.kind,
    page: query.page,
  });
  return (
    <>
      <FilterLinks
        label="Filter by kind"
        current={query.kind ?? ""}
        options={{ "": "All", ...ACTIVITY_KINDS }}
        href={(kind) => ({ view: "changes", kind: kind || undefined })}
      />
      <Card>
        <ActivityList entries={entries} />
      </Card>
      <Pager
        query={query}
        total={total}
        pageSize={ACTIVITY_PAGE_SIZE}
        noun="change"
      />
    </>
  );
}
