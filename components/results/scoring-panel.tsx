import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { canManage } from "@/lib/auth/roles";
import type { Scope } from "@/lib/auth/scope";
import { isReviewer } from "@/lib/results/access";
import { scoringState } from "@/lib/results/state";

import { RescoreButton } from "./rescore-button";

type Props = { scope: Scope; invitationId: string };

/**
 * The candidate page's scoring status, with a way to the review for
 * reviewers and a re-score for admins. Nothing before the candidate has
 * submitted.
 */
export async function ScoringPanel({ scope, invitationId }: Props) {
  const [state, reviewer] = await Promise.all([
    scoringState(scope, invitationId),
    isReviewer(scope),
  ]);
  if (!state) return null;
  const { current } = state;
  const waiting = current?.status === "needs_review";

  return (
    <Card className="mb-6">
      <CardHeader className="flex-row flex-wrap items-start justify-between gap-3">
        <div className="grid gap-1">
          <CardTitle className="flex items-center gap-2">
            Scoring
            {current ? (
              <Badge tone={waiting ? "warning" : "success"}>
                {waiting ? "Waiting for a reviewer" : "Final"}
              </Badge>
            ) : (
              <Badge>Being scored</Badge>
            )}
          </CardTitle>
          <CardDescription>
            {current
              ? `Version ${current.version}, by ${current.scorerName}. Every re-score or review adds a version; earlier ones are kept.`
              : "The answers were submitted and are being scored."}
          </CardDescription>
        </div>
        <div className="flex flex-wrap items-start gap-3">
          {reviewer && current ? (
            <Link
              href={`/reviews/${invitationId}`}
              className="text-sm font-medium text-brand-700 underline"
            >
              {waiting ? "Review" : "Amend scores"}
            </Link>
          ) : null}
          {canManage(scope.role) ? (
            <RescoreButton invitationId={invitationId} />
          ) : null}
        </div>
      </CardHeader>
    </Card>
  );
}
