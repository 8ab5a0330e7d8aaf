import type { AssessmentTask } from "@/db/schema";
import type { TaskInput } from "@/lib/assessments/schemas";

/**
 * Keeps the id of every task the assessment already had, so answers stay
 * attached to their task across edits; anything else gets a new id.
 */
export function assignTaskIds(
  tasks: TaskInput[],
  known: ReadonlySet<string> = new Set(),
): AssessmentTask[] {
  const used = new Set<string>();
  return tasks.map((task) => {
    const keep = task.id && known.has(task.id) && !used.has(task.id);
    const id = keep && task.id ? task.id : crypto.randomUUID();
    used.add(id);
    return { ...task, id };
  });
}
