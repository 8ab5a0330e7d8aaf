import { History } from "lucide-react";

import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { ReportResult } from "@/lib/reports/report";

import { formatUtc } from "./levels";

type Props = { result: ReportResult };

/** Who or what scored the attempt, and how far to trust it. */
export function ScoringFacts({ result }: Props) {
  const facts = [
    {
      label: "Scored by",
      value: `${result.scorerName} · version ${result.scorerVersion}`,
    },
    { label: "Reviewed by", value: result.reviewerName ?? "No reviewer" },
    {
      label: "Confidence",
      value: `${Math.round(result.confidence * 100)}%`,
    },
    { label: "Scored on", value: formatUtc(result.scoredAt) },
  ];

  return (
    <Card className="break-inside-avoid">
      <CardHeader>
        <CardTitle>How this was scored</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm md:grid-cols-4">
          {facts.map((fact) => (
            <div key={fact.label} className="grid gap-0.5">
              <dt className="text-slate-500">{fact.label}</dt>
              <dd className="font-medium text-slate-900">{fact.value}</dd>
            </div>
          ))}
        </dl>
        {result.reviewComment ? (
          <p className="text-sm text-slate-700">
            <span className="font-medium">Reviewer’s comment:</span>{" "}
            {result.reviewComment}
          </p>
        ) : null}
        {result.status === "needs_review" ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            This result is provisional: a reviewer still has to confirm it.
          </p>
        ) : null}
        {result.versions > 1 ? (
          <p className="flex items-center gap-2 text-sm text-slate-600">
            <History className="size-4" aria-hidden />
            This is version {result.version} of the result; it was scored{" "}
            {result.versions} times in all and earlier versions are kept.
          </p>
        ) : null}
      </CardContent>
    </Card>
  );
}
