import { Mic, PenLine } from "lucide-react";

import { Card } from "@/components/ui/card";
import type { AssessmentTask } from "@/db/schema";
import { formatSeconds } from "@/lib/assessments/format";

type Props = { tasks: AssessmentTask[]; language: string };

/** Every task in the order candidates take them, with their timings. */
export function TaskList({ tasks, language }: Props) {
  return (
    <section aria-labelledby="tasks-heading" className="mt-8">
      <h2 id="tasks-heading" className="mb-3 text-lg font-semibold">
        Tasks, in order
      </h2>
      <ol className="grid gap-3">
        {tasks.map((task, index) => (
          <li key={task.id}>
            <Card className="flex gap-4 p-5">
              <span
                aria-hidden
                className="grid size-8 shrink-0 place-items-center rounded-full bg-brand-50 text-sm font-semibold text-brand-700"
              >
                {index + 1}
              </span>
              <div className="grid min-w-0 gap-2">
                <TaskHeading task={task} index={index} />
                <p
                  lang={language}
                  className="text-sm whitespace-pre-wrap text-slate-800"
                >
                  {task.prompt}
                </p>
                <TaskTimings task={task} />
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}

function TaskHeading({ task, index }: { task: AssessmentTask; index: number }) {
  const Icon = task.kind === "speaking" ? Mic : PenLine;
  return (
    <h3 className="flex items-center gap-2 text-sm font-semibold text-slate-900">
      <Icon className="size-4 text-slate-500" aria-hidden />
      <span className="sr-only">Task {index + 1}: </span>
      {task.kind === "speaking" ? "Speaking" : "Writing"}
    </h3>
  );
}

function TaskTimings({ task }: { task: AssessmentTask }) {
  const timings =
    task.kind === "speaking"
      ? [
          [
            "Preparation",
            task.preparationSeconds === 0
              ? "none"
              : formatSeconds(task.preparationSeconds),
          ],
          ["Answer up to", formatSeconds(task.maxAnswerSeconds)],
        ]
      : [
          ["Length", `${task.minWords}–${task.maxWords} words`],
          ["Time limit", formatSeconds(task.timeLimitSeconds)],
        ];

  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-xs text-slate-600">
      {timings.map(([label, value]) => (
        <div key={label} className="flex gap-1">
          <dt>{label}</dt>
          <dd className="font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
