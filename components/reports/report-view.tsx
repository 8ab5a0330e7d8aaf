import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { languageName } from "@/lib/assessments/format";
import type { Report } from "@/lib/reports/report";

import { IntegrityPanel } from "./integrity-panel";
import { formatUtc } from "./levels";
import { PrintStyles } from "./print-styles";
import { ScoreSummary } from "./score-summary";
import { ScoringFacts } from "./scoring-facts";
import { TaskAnswer } from "./task-answer";

type Props = {
  report: Report;
  /** Where the report's audio and snapshots are served, without a slash. */
  mediaBase: string;
};

/**
 * The whole report, the same for the team and for a report link. It never
 * shows the candidate's email: the link may be read by anyone in Lever.
 */
export function ReportView({ report, mediaBase }: Props) {
  return (
    <article className="grid gap-6 print:gap-4">
      <PrintStyles />
      <ReportFacts report={report} />
      <ScoreSummary report={report} />
      <Improvements items={report.result.improvements} />
      <section className="grid gap-4" aria-labelledby="tasks-heading">
        <h2 id="tasks-heading" className="text-lg font-semibold">
          Answers
        </h2>
        {report.tasks.map((task) => (
          <TaskAnswer key={task.id} task={task} mediaBase={mediaBase} />
        ))}
        {report.tasks.length === 0 ? (
          <p className="text-sm text-slate-600">No tasks were recorded.</p>
        ) : null}
      </section>
      <IntegrityPanel report={report} mediaBase={mediaBase} />
      <ScoringFacts result={report.result} />
    </article>
  );
}

function ReportFacts({ report }: { report: Report }) {
  const facts = [
    { label: "Assessment", value: report.assessmentName },
    { label: "Posting", value: report.postingName ?? "Any posting" },
    {
      label: "Language",
      value: report.language ? languageName(report.language) : "—",
    },
    {
      label: "Completed",
      value: report.completedAt ? formatUtc(report.completedAt) : "—",
    },
  ];
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm md:grid-cols-4">
      {facts.map((fact) => (
        <div key={fact.label} className="grid gap-0.5">
          <dt className="text-slate-500">{fact.label}</dt>
          <dd className="font-medium text-slate-900">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Improvements({ items }: { items: string[] }) {
  return (
    <Card className="break-inside-avoid">
      <CardHeader>
        <CardTitle>What to improve</CardTitle>
      </CardHeader>
      <CardContent>
        {items.length > 0 ? (
          <ol className="grid list-decimal gap-1.5 pl-5 text-sm text-slate-800">
            {items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-slate-600">
            No improvements were suggested for this attempt.
          </p>
        )}
      </CardContent>
    </Card>
  );
}
