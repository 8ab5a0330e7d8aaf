import { notFound } from "next/navigation";

import { Logo } from "@/components/brand/logo";
import { PrintButton } from "@/components/reports/print-button";
import { ReportView } from "@/components/reports/report-view";
import { openReportLink } from "@/lib/reports/access";
import { loadReport } from "@/lib/reports/report";

type Props = { params: Promise<{ token: string }> };

/** The report as Lever users see it, opened by the link in the feedback form. */
export default async function SharedReportPage({ params }: Props) {
  const { token } = await params;
  const link = await openReportLink(token);
  if (!link) notFound();
  const report = await loadReport(link.organizationId, link.invitationId);
  if (!report) notFound();

  return (
    <main className="mx-auto grid max-w-5xl gap-6 p-6 md:p-10 print:p-0">
      <header className="flex flex-wrap items-end justify-between gap-4 border-b border-slate-200 pb-5">
        <div className="grid gap-2">
          <Logo />
          <h1 className="text-2xl font-semibold tracking-tight">
            {report.candidateName ?? "Deleted candidate"}
          </h1>
          <p className="text-sm text-slate-600">
            Language assessment report for {report.organizationName}
          </p>
        </div>
        <PrintButton />
      </header>
      <ReportView report={report} mediaBase={`/r/${token}/media`} />
      <footer className="border-t border-slate-200 pt-4 text-xs text-slate-500">
        Shared from Lever by {report.organizationName}. Anyone with this link
        can read the report until an admin revokes it, so please do not forward
        it.
      </footer>
    </main>
  );
}
