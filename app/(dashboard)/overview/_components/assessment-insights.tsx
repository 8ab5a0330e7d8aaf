import type { ReactNode } from "react";

import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import type { Scope } from "@/lib/auth/scope";
import {
  FUNNEL_STEPS,
  getFunnel,
  getLevelDistribution,
  type LevelGroup,
} from "@/lib/organizations/assessment-stats";
import type { DateRange } from "@/lib/organizations/date-range";

import { DateRangeForm } from "./date-range-form";
import { FunnelChart } from "./funnel-chart";
import { LevelDistributionChart } from "./level-distribution-chart";

const STEP_LABELS = {
  invited: "Invited",
  opened: "Opened",
  started: "Started",
  completed: "Completed",
  reported: "In Lever",
} as const;

type Props = { scope: Scope; range: DateRange };

/** The funnel and CEFR levels of invitations made in the chosen range. */
export async function AssessmentInsights({ scope, range }: Props) {
  const [funnel, levels] = await Promise.all([
    getFunnel(scope, range),
    getLevelDistribution(scope, range),
  ]);
  const steps = FUNNEL_STEPS.map((step) => ({
    step: STEP_LABELS[step],
    count: funnel[step],
    share: `${funnel[step]} · ${percent(funnel[step], funnel.invited)}`,
  }));
  const period = rangeText(range);

  return (
    <section aria-labelledby="insights-heading" className="mt-8 grid gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="grid gap-1">
          <h2 id="insights-heading" className="text-lg font-semibold">
            Assessments
          </h2>
          <p className="text-sm text-slate-600">
            Candidates invited {period}, and how far they got.
          </p>
        </div>
        <DateRangeForm range={range} />
      </div>
      <div className="grid gap-6 xl:grid-cols-[2fr_3fr]">
        <Card>
          <CardHeader>
            <CardTitle>Funnel</CardTitle>
            <CardDescription>
              Each step counts everyone who reached it. “In Lever” means the
              feedback form with the result was posted.
            </CardDescription>
          </CardHeader>
          <CardContent>
            {funnel.invited > 0 ? (
              <FunnelChart steps={steps} />
            ) : (
              <Empty>
                No candidates were invited {period}. Invitations are made when a
                candidate reaches a stage that has an assessment rule.
              </Empty>
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>CEFR levels</CardTitle>
            <CardDescription>
              Final results of the candidates invited {period}.
            </CardDescription>
          </CardHeader>
          <CardContent className="grid gap-6">
            <Distribution title="By posting" groups={levels.byPosting} />
            <Distribution title="By assessment" groups={levels.byAssessment} />
          </CardContent>
        </Card>
      </div>
    </section>
  );
}

function Distribution({
  title,
  groups,
}: {
  title: string;
  groups: LevelGroup[];
}) {
  return (
    <div className="grid gap-2">
      <h3 className="text-sm font-medium text-slate-700">{title}</h3>
      {groups.length > 0 ? (
        <LevelDistributionChart groups={groups} />
      ) : (
        <Empty>
          No final results yet. Levels appear here once attempts are scored and,
          where needed, reviewed.
        </Empty>
      )}
    </div>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return (
    <p className="rounded-md border border-dashed border-slate-300 p-4 text-sm text-slate-600">
      {children}
    </p>
  );
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "0%" : `${Math.round((part / whole) * 100)}%`;
}

function rangeText({ from, to }: DateRange): string {
  if (from && to) return `from ${from} to ${to}`;
  if (from) return `since ${from}`;
  if (to) return `up to ${to}`;
  return "so far";
}
