"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";

import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { TextareaField } from "@/components/ui/textarea";
import { formatSeconds } from "@/lib/assessments/format";
import type { TaskKind } from "@/lib/assessments/schemas";

import type { DraftField, DraftTask } from "./draft-tasks";

type Props = {
  task: DraftTask;
  index: number;
  count: number;
  language: string;
  errorOf: (field: DraftField) => string | undefined;
  onChange: (change: Partial<DraftTask>) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
};

/** One task of the form: its kind, prompt, limits and place in the order. */
export function TaskEditor(props: Props) {
  const { task, index, errorOf, onChange } = props;
  const number = index + 1;

  return (
    <Card className="grid gap-4 p-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={`${task.key}-title`} className="text-sm font-semibold">
          Task {number}
        </h3>
        <TaskControls {...props} />
      </div>
      <KindChoice
        taskKey={task.key}
        number={number}
        kind={task.kind}
        onChange={(kind) => onChange({ kind })}
      />
      <TextareaField
        id={`${task.key}-prompt`}
        name={`tasks.${index}.prompt`}
        label={task.kind === "speaking" ? "Scenario" : "Writing prompt"}
        lang={props.language || undefined}
        rows={3}
        value={task.prompt}
        onChange={(event) => onChange({ prompt: event.target.value })}
        error={errorOf("prompt")}
        hint="Written in the assessment's language, as the candidate will read it."
      />
      {task.kind === "speaking" ? (
        <div className="grid items-start gap-4 sm:grid-cols-2">
          <NumberField
            {...props}
            field="preparationSeconds"
            label="Preparation time (seconds)"
          />
          <NumberField
            {...props}
            field="maxAnswerSeconds"
            label="Maximum answer (seconds)"
          />
        </div>
      ) : (
        <div className="grid items-start gap-4 sm:grid-cols-3">
          <NumberField {...props} field="minWords" label="Minimum words" />
          <NumberField {...props} field="maxWords" label="Maximum words" />
          <NumberField
            {...props}
            field="timeLimitSeconds"
            label="Time limit (seconds)"
          />
        </div>
      )}
    </Card>
  );
}

function TaskControls({ task, index, count, onMove, onRemove }: Props) {
  const number = index + 1;
  return (
    <div className="flex gap-1">
      <Button
        type="button"
        variant="ghost"
        size="icon"
        id={`${task.key}-up`}
        aria-label={`Move task ${number} up`}
        disabled={index === 0}
        onClick={() => onMove(-1)}
      >
        <ArrowUp aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        id={`${task.key}-down`}
        aria-label={`Move task ${number} down`}
        disabled={index === count - 1}
        onClick={() => onMove(1)}
      >
        <ArrowDown aria-hidden />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="sm"
        onClick={onRemove}
        disabled={count === 1}
      >
        <Trash2 aria-hidden />
        Remove<span className="sr-only"> task {number}</span>
      </Button>
    </div>
  );
}

type KindChoiceProps = {
  taskKey: string;
  number: number;
  kind: TaskKind;
  onChange: (kind: TaskKind) => void;
};

function KindChoice({ taskKey, number, kind, onChange }: KindChoiceProps) {
  const choices = [
    { value: "speaking", label: "Speaking" },
    { value: "writing", label: "Writing" },
  ] as const;

  return (
    <fieldset>
      <legend className="sr-only">Kind of task {number}</legend>
      <div className="inline-flex rounded-md border border-slate-300 p-0.5">
        {choices.map((choice) => (
          <label
            key={choice.value}
            className="cursor-pointer rounded px-3 py-1 text-sm font-medium text-slate-700 has-checked:bg-brand-600 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-brand-500"
          >
            <input
              type="radio"
              className="sr-only"
              name={`${taskKey}-kind`}
              value={choice.value}
              checked={kind === choice.value}
              onChange={() => onChange(choice.value)}
            />
            {choice.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

type NumberFieldProps = Props & {
  field: Exclude<DraftField, "prompt">;
  label: string;
};

function NumberField({
  task,
  index,
  field,
  label,
  errorOf,
  onChange,
}: NumberFieldProps) {
  const value = task[field];
  const seconds = field.endsWith("Seconds") && /^\d+$/.test(value);

  return (
    <Field
      id={`${task.key}-${field}`}
      name={`tasks.${index}.${field}`}
      label={label}
      type="number"
      inputMode="numeric"
      min={0}
      value={value}
      onChange={(event) => onChange({ [field]: event.target.value })}
      error={errorOf(field)}
      hint={
        seconds && Number(value) >= 60
          ? formatSeconds(Number(value))
          : undefined
      }
    />
  );
}
