import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import { PrintButton } from "@/components/reports/print-button";
import { ReportView } from "@/components/reports/report-view";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { findReport } from "@/lib/reports/report";

export const metadata: Metadata = { title: "Report" };

type Props = { params: Promise<{ invitationId: string }> };

export default async function ReportPage({ params }: Props) {
  const viewer = await requireViewer();
  const { invitationId } = await params;
  const report = await findReport(scopeOf(viewer), invitationId);
  if (!report) notFound();

  return (
    <>
      <nav
        aria-label="Breadcrumb"
        className="mb-2 text-sm text-slate-500 print:hidden"
      >
        <Link href="/candidates" className="hover:underline">
          Candidates
        </Link>
        {" / "}
        <Link href={`/candidates/${invitationId}`} className="hover:underline">
          {report.candidateName ?? "Deleted candidate"}
        </Link>
      </nav>
      <PageHeader
        title={`Report: ${report.candidateName ?? "Deleted candidate"}`}
        description={`${report.organizationName} · language assessment report`}
        actions={<PrintButton />}
      />
      <ReportView report={report} mediaBase="/api/media" />
    </>
  );
}
