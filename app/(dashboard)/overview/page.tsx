import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/dashboard/page-header";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { getConnectionStatus } from "@/lib/lever-connection/status";
import { dateRangeSchema } from "@/lib/organizations/date-range";
import { getOverview } from "@/lib/organizations/overview";

import { AssessmentInsights } from "./_components/assessment-insights";
import { LeverCard } from "./_components/lever-card";
import { RecentChanges } from "./_components/recent-changes";
import { SystemStatus } from "./_components/system-status";

export const metadata: Metadata = { title: "Overview" };

type Props = {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function OverviewPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  const { from, to } = await searchParams;
  const range = dateRangeSchema.parse({ from, to });
  const [overview, connection] = await Promise.all([
    getOverview(scope),
    getConnectionStatus(scope),
  ]);
  const { owner, admin, member } = overview.members;
  const since = overview.createdAt.toLocaleDateString("en", {
    dateStyle: "long",
  });

  return (
    <>
      <PageHeader
        title={overview.name}
        description={`Your Hallo organization, created ${since}.`}
      />
      <div className="grid gap-6 md:grid-cols-2 xl:grid-cols-4">
        <Card>
          <CardHeader>
            <CardTitle>Team</CardTitle>
            <CardDescription>People who can sign in to Hallo.</CardDescription>
          </CardHeader>
          <CardContent className="grid gap-3">
            <p className="text-3xl font-semibold">{owner + admin + member}</p>
            <p className="text-sm text-slate-600">
              {owner} {owner === 1 ? "owner" : "owners"} · {admin}{" "}
              {admin === 1 ? "admin" : "admins"} · {member}{" "}
              {member === 1 ? "member" : "members"}
            </p>
            <Link href="/members" className="text-sm text-brand-700 underline">
              Manage members
            </Link>
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>Pending invitations</CardTitle>
            <CardDescription>Links sent but not yet used.</CardDescription>
          </CardHeader>
          <CardContent>
            <p className="text-3xl font-semibold">
              {overview.pendingInvitations}
            </p>
          </CardContent>
        </Card>
        <LeverCard connection={connection} />
        <SystemStatus />
      </div>
      <AssessmentInsights scope={scope} range={range} />
      <RecentChanges changes={overview.recentChanges} />
    </>
  );
}
