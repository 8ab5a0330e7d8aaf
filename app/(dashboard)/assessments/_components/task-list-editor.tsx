"use client";

import { Mic, PenLine } from "lucide-react";
import { useState } from "react";

import { Button } from "@/components/ui/button";
import { LIMITS, type TaskKind } from "@/lib/assessments/schemas";

import { payloadOf, type useDraftTasks } from "./draft-tasks";
import { TaskEditor } from "./task-editor";

type Props = {
  drafts: ReturnType<typeof useDraftTasks>;
  language: string;
  errorOf: (field: string) => string | undefined;
};

// Moving a task re-renders the list; focus follows the moved task's button
// so keyboard users can keep pressing it.
function focusLater(id: string, fallbackId: string) {
  requestAnimationFrame(() => {
    const target = document.getElementById(id);
    const usable = target instanceof HTMLButtonElement && !target.disabled;
    (usable ? target : document.getElementById(fallbackId))?.focus();
  });
}

/** The ordered tasks, sent to the server as one JSON field. */
export function TaskListEditor({ drafts, language, errorOf }: Props) {
  const { tasks } = drafts;
  const [announcement, setAnnouncement] = useState("");
  const full = tasks.length >= LIMITS.tasks.max;

  function move(key: string, index: number, offset: -1 | 1) {
    drafts.move(key, offset);
    setAnnouncement(
      `Task ${index + 1} moved to position ${index + 1 + offset}.`,
    );
    const [same, other] = offset < 0 ? ["up", "down"] : ["down", "up"];
    focusLater(`${key}-${same}`, `${key}-${other}`);
  }

  function remove(key: string, index: number) {
    drafts.remove(key);
    setAnnouncement(`Task ${index + 1} removed.`);
    document.getElementById("tasks-heading")?.focus();
  }

  function add(kind: TaskKind) {
    drafts.add(kind);
    setAnnouncement(
      `${kind === "speaking" ? "Speaking" : "Writing"} task added.`,
    );
  }

  return (
    <section aria-labelledby="tasks-heading" className="grid gap-3">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2
            id="tasks-heading"
            tabIndex={-1}
            className="text-lg font-semibold outline-none"
          >
            Tasks
          </h2>
          <p className="text-sm text-slate-600">
            Candidates take them in this order. Use the arrows to reorder.
          </p>
        </div>
        <p className="text-sm text-slate-500">
          {tasks.length} of {LIMITS.tasks.max}
        </p>
      </div>
      <input
        type="hidden"
        name="tasks"
        value={JSON.stringify(tasks.map(payloadOf))}
      />
      {errorOf("tasks") ? (
        <p role="alert" className="text-sm text-red-700">
          {errorOf("tasks")}
        </p>
      ) : null}
      <ol className="grid gap-3">
        {tasks.map((task, index) => (
          <li key={task.key}>
            <TaskEditor
              task={task}
              index={index}
              count={tasks.length}
              language={language}
              errorOf={(field) => errorOf(`tasks.${index}.${field}`)}
              onChange={(change) => drafts.update(task.key, change)}
              onMove={(offset) => move(task.key, index, offset)}
              onRemove={() => remove(task.key, index)}
            />
          </li>
        ))}
      </ol>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="secondary"
          disabled={full}
          onClick={() => add("speaking")}
        >
          <Mic aria-hidden />
          Add speaking task
        </Button>
        <Button
          type="button"
          variant="secondary"
          disabled={full}
          onClick={() => add("writing")}
        >
          <PenLine aria-hidden />
          Add writing task
        </Button>
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </section>
  );
}
