"use client";

import type { ReactNode } from "react";

import { SUB_SKILL_LABELS } from "@/components/reports/levels";
import { TextareaField } from "@/components/ui/textarea";
import {
  fieldErrorOf,
  submittedValue,
  type ActionResult,
} from "@/lib/actions/result";
import type { CefrLevel } from "@/lib/assessments/schemas";
import { SUB_SKILLS } from "@/lib/results/schemas";

import { LevelField, ScoreField } from "./score-inputs";

export type TaskDraft = {
  taskId: string;
  number: number;
  level: CefrLevel | "";
  score: string;
  subScores: Partial<Record<(typeof SUB_SKILLS)[number], number>>;
  comment: string;
};

type Props = {
  index: number;
  task: TaskDraft;
  answer: ReactNode;
  result: ActionResult<unknown> | null;
  onChange: (change: Partial<Pick<TaskDraft, "level" | "score">>) => void;
};

/** One task's answer next to the reviewer's level, scores and comment. */
export function TaskScoreFields({
  index,
  task,
  answer,
  result,
  onChange,
}: Props) {
  const name = (field: string) => `tasks.${index}.${field}`;
  const error = (field: string) => fieldErrorOf(result, name(field));
  const refill = (field: string, fallback: string) =>
    submittedValue(result, name(field)) ?? fallback;

  return (
    <div className="grid gap-4">
      {answer}
      <fieldset className="grid gap-4 rounded-xl border border-slate-200 bg-slate-50 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">
          Your scores for task {task.number}
        </legend>
        <input type="hidden" name={name("taskId")} value={task.taskId} />
        <div className="flex flex-wrap gap-4">
          <LevelField
            name={name("level")}
            label="Level"
            value={task.level}
            error={error("level")}
            onChange={(event) =>
              onChange({ level: event.target.value as CefrLevel | "" })
            }
          />
          <ScoreField
            name={name("score")}
            label="Score"
            value={task.score}
            error={error("score")}
            onChange={(event) => onChange({ score: event.target.value })}
          />
          {SUB_SKILLS.map((skill) => (
            <ScoreField
              key={skill}
              name={name(`subScores.${skill}`)}
              label={SUB_SKILL_LABELS[skill]}
              error={error(`subScores.${skill}`)}
              defaultValue={refill(
                `subScores.${skill}`,
                task.subScores[skill]?.toString() ?? "",
              )}
            />
          ))}
        </div>
        <TextareaField
          name={name("comment")}
          label="Comment on this task"
          hint="Shown in the report next to the task."
          error={error("comment")}
          defaultValue={refill("comment", task.comment)}
          rows={2}
        />
      </fieldset>
    </div>
  );
}
