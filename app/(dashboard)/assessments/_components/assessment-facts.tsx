import { Card } from "@/components/ui/card";
import {
  countTasks,
  languageName,
  LEVEL_LABELS,
  plural,
} from "@/lib/assessments/format";
import type { Assessment } from "@/lib/assessments/queries";

/** The settings of an assessment at a glance, above its tasks. */
export function AssessmentFacts({ assessment }: { assessment: Assessment }) {
  const tasks = countTasks(assessment.tasks);
  const facts = [
    {
      label: "Language",
      value: languageName(assessment.language),
      detail: assessment.language,
    },
    {
      label: "Target level",
      value: assessment.targetLevel,
      detail: LEVEL_LABELS[assessment.targetLevel],
    },
    {
      label: "Tasks",
      value: String(tasks.total),
      detail: tasks.split,
    },
    {
      label: "Invitation valid for",
      value: plural(assessment.validityDays, "day"),
      detail: "from the day it is sent",
    },
    {
      label: "Enabled rules",
      value: String(assessment.enabledRuleCount),
      detail: "invite candidates to it",
    },
  ];

  return (
    <Card>
      <dl className="grid grid-cols-2 divide-slate-100 sm:grid-cols-3 lg:grid-cols-5 lg:divide-x">
        {facts.map((fact) => (
          <div key={fact.label} className="grid gap-0.5 px-6 py-4">
            <dt className="text-xs font-medium tracking-wide text-slate-500 uppercase">
              {fact.label}
            </dt>
            <dd className="text-lg font-semibold text-slate-900">
              {fact.value}
            </dd>
            <dd className="text-xs text-slate-500">{fact.detail}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
