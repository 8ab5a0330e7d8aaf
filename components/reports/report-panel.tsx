import { FileText } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { canManage } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { hasReport, listReportLinks } from "@/lib/reports/manage";

import { ReportLinkManager } from "./report-link-manager";

type Props = { scope: Scope; invitationId: string };

/**
 * The candidate page's way to the report and, for admins, to the links
 * that share it in Lever. Renders nothing until there is a result.
 */
export async function ReportPanel({ scope, invitationId }: Props) {
  if (!(await hasReport(scope, invitationId))) return null;
  const manager = canManage(scope.role);
  const links = manager ? await listReportLinks(scope, invitationId) : [];

  return (
    <Card className="mb-6">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle>Report</CardTitle>
          <CardDescription>
            Scores, answers, recordings and snapshots of this attempt.
            {manager
              ? " A report link opens it without signing in, for Lever users."
              : null}
          </CardDescription>
        </div>
        <Button asChild>
          <Link href={`/reports/${invitationId}`}>
            <FileText aria-hidden />
            Open report
          </Link>
        </Button>
      </CardHeader>
      {manager ? (
        <CardContent>
          <ReportLinkManager invitationId={invitationId} links={links} />
        </CardContent>
      ) : null}
    </Card>
  );
}
