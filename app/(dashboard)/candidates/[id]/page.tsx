import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { PageHeader } from "@/components/dashboard/page-header";
import { ReportPanel } from "@/components/reports/report-panel";
import { ScoringPanel } from "@/components/results/scoring-panel";
import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { candidateTimeline } from "@/lib/invitations/candidate-timeline";
import { findInvitation } from "@/lib/invitations/queries";

import { CandidateFacts } from "../_components/candidate-facts";
import { InvitationActions } from "../_components/invitation-actions";
import { TimelineList } from "../_components/timeline-list";

export const metadata: Metadata = { title: "Candidate" };

type Props = { params: Promise<{ id: string }> };

export default async function CandidatePage({ params }: Props) {
  const viewer = await requireViewer();
  const scope = scopeOf(viewer);
  const invitation = await findInvitation(scope, (await params).id);
  if (!invitation) notFound();

  const timeline = await candidateTimeline(scope, invitation.id);
  const manager = canManage(viewer.role);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/candidates" className="hover:underline">
          Candidates
        </Link>
      </nav>
      <PageHeader
        title={invitation.candidateName ?? "Deleted candidate"}
        description={
          invitation.anonymizedAt
            ? "Lever reported this candidate deleted, so their name and email were removed. The history stays."
            : `Invited to ${invitation.assessmentName}.`
        }
        actions={
          manager ? (
            <InvitationActions
              invitation={{
                id: invitation.id,
                status: invitation.status,
                anonymizedAt: invitation.anonymizedAt,
              }}
            />
          ) : null
        }
      />
      <CandidateFacts invitation={invitation} />
      <ScoringPanel scope={scope} invitationId={invitation.id} />
      <ReportPanel scope={scope} invitationId={invitation.id} />
      <Card>
        <CardHeader>
          <CardTitle>Timeline</CardTitle>
          <CardDescription>
            Every step the integration took for this candidate in Lever,
            including those for other rules, with the reason when nothing
            happened.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <TimelineList entries={timeline} manager={manager} />
        </CardContent>
      </Card>
    </>
  );
}
