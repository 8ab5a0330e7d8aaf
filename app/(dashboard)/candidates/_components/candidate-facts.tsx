import Link from "next/link";
import type { ReactNode } from "react";

import { StatusBadge } from "@/components/candidates/status-badge";
import { When } from "@/components/candidates/when";
import { Card, CardContent } from "@/components/ui/card";
import type { InvitationDetail } from "@/lib/invitations/queries";

const SOURCES = {
  webhook: "Reached the rule's stage in Lever",
  backfill: "Already in the stage when the rule was added",
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid gap-0.5">
      <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        {label}
      </dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

export function CandidateFacts({
  invitation,
}: {
  invitation: InvitationDetail;
}) {
  return (
    <Card className="mb-6">
      <CardContent className="pt-5">
        <dl className="grid gap-x-6 gap-y-4 sm:grid-cols-2 lg:grid-cols-3">
          <Fact label="Email">
            {invitation.candidateEmail ?? (
              <span className="text-slate-500">Deleted in Lever</span>
            )}
          </Fact>
          <Fact label="Posting">{invitation.postingName ?? "—"}</Fact>
          <Fact label="Stage">{invitation.stageName ?? "—"}</Fact>
          <Fact label="Assessment">
            <Link
              href={`/assessments/${invitation.assessmentId}`}
              className="text-brand-700 hover:underline"
            >
              {invitation.assessmentName}
            </Link>
          </Fact>
          <Fact label="Status">
            <StatusBadge status={invitation.status} />
          </Fact>
          <Fact label="Invited because">{SOURCES[invitation.source]}</Fact>
          <Fact label="Invited">
            <When date={invitation.createdAt} withTime />
          </Fact>
          <Fact label="Expires">
            <When date={invitation.expiresAt} withTime />
          </Fact>
          <Fact label="Emails sent">
            {invitation.sendCount}
            {invitation.sentAt ? (
              <span className="text-slate-500">
                {" "}
                · last <When date={invitation.sentAt} withTime />
              </span>
            ) : null}
          </Fact>
          {invitation.lastError ? (
            <div className="sm:col-span-2 lg:col-span-3">
              <Fact label="Last error">
                <span className="text-red-700">{invitation.lastError}</span>
              </Fact>
            </div>
          ) : null}
        </dl>
      </CardContent>
    </Card>
  );
}
