import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { Table, TableCell, TableHead } from "@/components/ui/table";
import {
  countTasks,
  languageName,
  LEVEL_LABELS,
  plural,
} from "@/lib/assessments/format";
import type { AssessmentListItem } from "@/lib/assessments/queries";

export function AssessmentsTable({
  assessments,
}: {
  assessments: AssessmentListItem[];
}) {
  if (assessments.length === 0) {
    return (
      <p className="px-6 pb-5 text-sm text-slate-600">
        No assessments yet. Create one to start inviting candidates.
      </p>
    );
  }

  return (
    <Table>
      <thead>
        <tr>
          <TableHead>Name</TableHead>
          <TableHead>Language</TableHead>
          <TableHead>Target</TableHead>
          <TableHead>Tasks</TableHead>
          <TableHead>Valid for</TableHead>
          <TableHead>Rules</TableHead>
        </tr>
      </thead>
      <tbody>
        {assessments.map((assessment) => (
          <AssessmentRow key={assessment.id} assessment={assessment} />
        ))}
      </tbody>
    </Table>
  );
}

function AssessmentRow({ assessment }: { assessment: AssessmentListItem }) {
  const tasks = countTasks(assessment.tasks);
  const paused = assessment.ruleCount - assessment.enabledRuleCount;

  return (
    <tr className={assessment.archivedAt ? "bg-slate-50/70" : undefined}>
      <TableCell className="max-w-sm">
        <div className="flex flex-wrap items-center gap-2">
          <Link
            href={`/assessments/${assessment.id}`}
            className="font-medium text-slate-900 hover:text-brand-700 hover:underline"
          >
            {assessment.name}
          </Link>
          {assessment.archivedAt ? <Badge>Archived</Badge> : null}
        </div>
        {assessment.description ? (
          <p className="mt-0.5 line-clamp-1 text-slate-500">
            {assessment.description}
          </p>
        ) : null}
      </TableCell>
      <TableCell>
        <div>{languageName(assessment.language)}</div>
        <div className="font-mono text-xs text-slate-500">
          {assessment.language}
        </div>
      </TableCell>
      <TableCell>
        <Badge tone="brand" title={LEVEL_LABELS[assessment.targetLevel]}>
          {assessment.targetLevel}
        </Badge>
      </TableCell>
      <TableCell>
        <div>{plural(tasks.total, "task")}</div>
        <div className="text-xs text-slate-500">{tasks.split}</div>
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {plural(assessment.validityDays, "day")}
      </TableCell>
      <TableCell className="whitespace-nowrap">
        {assessment.ruleCount === 0 ? (
          <span className="text-slate-500">None</span>
        ) : (
          <>
            <div>{plural(assessment.ruleCount, "rule")}</div>
            {paused > 0 ? (
              <div className="text-xs text-amber-800">{paused} paused</div>
            ) : null}
          </>
        )}
      </TableCell>
    </tr>
  );
}
