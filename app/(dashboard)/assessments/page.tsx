import { Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { PageHeader } from "@/components/dashboard/page-header";
import { Button } from "@/components/ui/button";
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { plural } from "@/lib/assessments/format";
import { listAssessments } from "@/lib/assessments/queries";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";

import { AssessmentsTable } from "./_components/assessments-table";

export const metadata: Metadata = { title: "Assessments" };

type Props = { searchParams: Promise<{ archived?: string }> };

export default async function AssessmentsPage({ searchParams }: Props) {
  const viewer = await requireViewer();
  const showArchived = (await searchParams).archived === "show";
  const assessments = await listAssessments(scopeOf(viewer), {
    includeArchived: showArchived,
  });
  const manager = canManage(viewer.role);
  const active = assessments.filter((a) => !a.archivedAt).length;

  return (
    <>
      <PageHeader
        title="Assessments"
        description={
          manager
            ? "The language assessments your rules invite candidates to. Each one tests a target CEFR level with speaking and writing tasks taken from the job."
            : "The language assessments your organization invites candidates to. Ask an owner or admin to add or change one."
        }
        actions={
          manager ? (
            <Button asChild>
              <Link href="/assessments/new">
                <Plus aria-hidden />
                New assessment
              </Link>
            </Button>
          ) : null
        }
      />
      <Card>
        <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
          <div className="grid gap-1">
            <CardTitle>Catalog</CardTitle>
            <CardDescription>
              {plural(active, "active assessment")}
              {showArchived
                ? `, ${assessments.length - active} archived`
                : null}
            </CardDescription>
          </div>
          <Button asChild variant="secondary" size="sm">
            <Link
              href={
                showArchived ? "/assessments" : "/assessments?archived=show"
              }
            >
              {showArchived ? "Hide archived" : "Show archived"}
            </Link>
          </Button>
        </CardHeader>
        <AssessmentsTable assessments={assessments} />
      </Card>
    </>
  );
}
