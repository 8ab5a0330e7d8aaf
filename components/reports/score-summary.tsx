import type { SubSkill } from "@/db/schema";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { Report } from "@/lib/reports/report";

import { CefrScale } from "./cefr-scale";
import { LEVEL_NAMES, SUB_SKILL_LABELS } from "./levels";
import { SubScoreChart } from "./sub-score-chart";

type Props = { report: Report };

/** The headline: overall level on the CEFR scale, score and sub-scores. */
export function ScoreSummary({ report }: Props) {
  const { result } = report;
  const scores = (Object.keys(SUB_SKILL_LABELS) as SubSkill[])
    .filter((skill) => typeof result.subScores[skill] === "number")
    .map((skill) => ({
      skill: SUB_SKILL_LABELS[skill],
      score: result.subScores[skill] ?? 0,
    }));

  return (
    <Card className="break-inside-avoid">
      <CardHeader>
        <CardTitle>Overall result</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-8 lg:grid-cols-[1fr_1fr]">
        <div className="grid content-start gap-5">
          <div className="flex items-baseline gap-4">
            <p className="text-5xl font-semibold tracking-tight">
              {result.overallLevel ?? "—"}
            </p>
            <div className="grid">
              <p className="text-sm font-medium text-slate-700">
                {result.overallLevel
                  ? LEVEL_NAMES[result.overallLevel]
                  : "Waiting for a reviewer"}
              </p>
              <p className="text-sm text-slate-600">
                Score{" "}
                <span className="font-semibold text-slate-900">
                  {result.overallScore?.toFixed(1) ?? "—"}
                </span>{" "}
                of 10
              </p>
            </div>
          </div>
          <CefrScale level={result.overallLevel} target={report.targetLevel} />
        </div>
        <div className="grid content-start gap-2">
          <h3 className="text-sm font-medium text-slate-700">Sub-scores</h3>
          {scores.length > 0 ? (
            <>
              <SubScoreChart scores={scores} />
              <ul className="sr-only">
                {scores.map(({ skill, score }) => (
                  <li key={skill}>
                    {skill}: {score.toFixed(1)} of 10
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="text-sm text-slate-600">
              No sub-skill was measured for this attempt.
            </p>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
