import { CEFR_LEVELS, type CefrLevel } from "@/lib/assessments/schemas";

type ScoredTask = { level: CefrLevel | null; score: number | null };

/**
 * The overall level and score a reviewer starts from: the mean score of
 * the scored tasks, and the level nearest their mean level. Null until
 * every task has both.
 */
export function suggestOverall(
  tasks: ScoredTask[],
): { level: CefrLevel; score: number } | null {
  if (tasks.length === 0) return null;
  const levels: number[] = [];
  const scores: number[] = [];
  for (const task of tasks) {
    if (task.level === null || task.score === null) return null;
    levels.push(CEFR_LEVELS.indexOf(task.level));
    scores.push(task.score);
  }

  const mean = (values: number[]) =>
    values.reduce((sum, value) => sum + value, 0) / values.length;
  const level = CEFR_LEVELS[Math.round(mean(levels))] ?? "A1";
  return { level, score: Math.round(mean(scores) * 10) / 10 };
}
