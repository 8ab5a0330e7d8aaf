"use client";

import { TriangleAlert } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { TableCell } from "@/components/ui/table";
import type { BackfillProgress as Backfill } from "@/lib/queries/lever";
import type { AssessmentChoice } from "@/lib/rules/choices";
import type { Rule } from "@/lib/rules/rules";

import { BackfillProgress } from "./backfill-progress";
import { RuleActions } from "./rule-actions";

type Props = {
  rule: Rule;
  warnings: string[];
  backfill: Backfill | undefined;
  assessments: AssessmentChoice[];
  manager: boolean;
};

/** One row of the rules table. */
export function RuleRow({
  rule,
  warnings,
  backfill,
  assessments,
  manager,
}: Props) {
  return (
    <tr>
      <TableCell className="font-medium">
        {rule.postingName ?? "Any posting"}
      </TableCell>
      <TableCell>{rule.stageName}</TableCell>
      <TableCell>{rule.assessmentName}</TableCell>
      <TableCell className="text-slate-600">{describeOptions(rule)}</TableCell>
      <TableCell>
        <Status rule={rule} warnings={warnings} />
        <BackfillProgress backfill={backfill} />
      </TableCell>
      <TableCell className="text-right tabular-nums">{rule.invited}</TableCell>
      <TableCell className="text-right tabular-nums">
        {rule.invitationsCompleted}
      </TableCell>
      <TableCell className="text-slate-600">
        {rule.createdByName ?? "A former member"}
        <div className="text-xs">
          {rule.createdAt.toLocaleDateString("en", {
            dateStyle: "medium",
          })}
        </div>
      </TableCell>
      {manager ? (
        <TableCell className="text-right">
          <RuleActions rule={rule} assessments={assessments} />
        </TableCell>
      ) : null}
    </tr>
  );
}

function Status({ rule, warnings }: { rule: Rule; warnings: string[] }) {
  return (
    <div className="grid justify-items-start gap-1">
      {rule.status === "enabled" ? (
        <Badge tone="success">Enabled</Badge>
      ) : (
        <Badge tone="warning" title={rule.pausedReason ?? undefined}>
          Paused
        </Badge>
      )}
      {rule.status === "paused" && rule.pausedReason ? (
        <span className="text-xs text-slate-500">{rule.pausedReason}</span>
      ) : null}
      {warnings.map((warning) => (
        <span
          key={warning}
          className="flex items-start gap-1 text-xs text-amber-800"
        >
          <TriangleAlert className="mt-0.5 size-3 shrink-0" aria-hidden />
          {warning}
        </span>
      ))}
    </div>
  );
}

function describeOptions(rule: Rule): string {
  const parts: string[] = [];
  if (rule.passLevel) parts.push(`Pass at ${rule.passLevel}`);
  const tags = [
    rule.tagOnInvite && "invited",
    rule.tagOnComplete && "completed",
    rule.tagWithLevel && "level",
  ].filter(Boolean);
  if (tags.length) parts.push(`Tags: ${tags.join(", ")}`);
  if (rule.completionStageName) {
    parts.push(
      `Then ${rule.completionStageName}${rule.completionStageOnlyIfPassed ? " if passed" : ""}`,
    );
  }
  return parts.join(" · ") || "None";
}
