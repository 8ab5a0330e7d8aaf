import type { AssessmentTask } from "@/db/schema";
import type { CefrLevel } from "@/lib/assessments/schemas";

const languageNames = new Intl.DisplayNames(["en"], {
  type: "language",
  fallback: "code",
});

/** "en-GB" → "British English"; unknown tags are shown as they are. */
export function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** 90 → "1 min 30 s", 45 → "45 s", 3600 → "60 min". */
export function formatSeconds(seconds: number): string {
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** How long the tasks allow in total, preparation included. */
export function assessmentSeconds(tasks: AssessmentTask[]): number {
  return tasks.reduce(
    (total, task) =>
      total +
      (task.kind === "speaking"
        ? task.preparationSeconds + task.maxAnswerSeconds
        : task.timeLimitSeconds),
    0,
  );
}

export function countTasks(tasks: AssessmentTask[]) {
  const speaking = tasks.filter((task) => task.kind === "speaking").length;
  const writing = tasks.length - speaking;
  const split = [
    speaking > 0 ? `${speaking} speaking` : null,
    writing > 0 ? `${writing} writing` : null,
  ];
  return { total: tasks.length, split: split.filter(Boolean).join(" · ") };
}

export function plural(count: number, one: string, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

export const LEVEL_LABELS: Record<CefrLevel, string> = {
  A1: "Beginner",
  A2: "Elementary",
  B1: "Intermediate",
  B2: "Upper intermediate",
  C1: "Advanced",
  C2: "Proficient",
};
