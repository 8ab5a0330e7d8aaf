import type { Report } from "@/lib/reports/report";

/** The review form's starting values: the current result's own. */
export function reviewDraft(report: Report) {
  const { result } = report;
  return {
    invitationId: report.invitationId,
    version: result.version,
    tasks: report.tasks.map((task) => ({
      taskId: task.id,
      number: task.number,
      level: task.level ?? ("" as const),
      score: task.score?.toFixed(1) ?? "",
      subScores:
        result.tasks.find((note) => note.taskId === task.id)?.subScores ?? {},
      comment: task.comment ?? "",
    })),
    overall: {
      level: result.overallLevel ?? ("" as const),
      score: result.overallScore?.toFixed(1) ?? "",
    },
    improvements: result.improvements,
    reviewComment: result.reviewComment ?? "",
  };
}
