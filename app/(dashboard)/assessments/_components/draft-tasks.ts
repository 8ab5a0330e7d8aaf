"use client";

import { useState } from "react";

import type { AssessmentTask } from "@/db/schema";
import type { TaskKind } from "@/lib/assessments/schemas";

/**
 * A task as the form edits it: numbers stay as typed until the server
 * parses them, and both kinds' fields are kept so switching kind and back
 * loses nothing.
 */
export type DraftTask = {
  key: string;
  id?: string;
  kind: TaskKind;
  prompt: string;
  preparationSeconds: string;
  maxAnswerSeconds: string;
  minWords: string;
  maxWords: string;
  timeLimitSeconds: string;
};

export type DraftField = Exclude<keyof DraftTask, "key" | "id" | "kind">;

const BLANK = {
  prompt: "",
  preparationSeconds: "30",
  maxAnswerSeconds: "90",
  minWords: "80",
  maxWords: "150",
  timeLimitSeconds: "900",
};

export function newDraft(kind: TaskKind): DraftTask {
  return { key: crypto.randomUUID(), kind, ...BLANK };
}

export function draftOf(task: AssessmentTask): DraftTask {
  const draft = { ...BLANK, key: task.id, id: task.id, prompt: task.prompt };
  if (task.kind === "speaking") {
    return {
      ...draft,
      kind: "speaking",
      preparationSeconds: String(task.preparationSeconds),
      maxAnswerSeconds: String(task.maxAnswerSeconds),
    };
  }
  return {
    ...draft,
    kind: "writing",
    minWords: String(task.minWords),
    maxWords: String(task.maxWords),
    timeLimitSeconds: String(task.timeLimitSeconds),
  };
}

/** What the server receives for one task, in the shape its schema reads. */
export function payloadOf(draft: DraftTask) {
  const common = { id: draft.id, kind: draft.kind, prompt: draft.prompt };
  return draft.kind === "speaking"
    ? {
        ...common,
        preparationSeconds: draft.preparationSeconds,
        maxAnswerSeconds: draft.maxAnswerSeconds,
      }
    : {
        ...common,
        minWords: draft.minWords,
        maxWords: draft.maxWords,
        timeLimitSeconds: draft.timeLimitSeconds,
      };
}

export function useDraftTasks(initial: DraftTask[]) {
  const [tasks, setTasks] = useState(initial);

  function update(key: string, change: Partial<DraftTask>) {
    setTasks((all) =>
      all.map((task) => (task.key === key ? { ...task, ...change } : task)),
    );
  }

  function move(key: string, offset: -1 | 1) {
    setTasks((all) => {
      const from = all.findIndex((task) => task.key === key);
      const to = from + offset;
      const moving = all[from];
      if (!moving || to < 0 || to >= all.length) return all;
      const rest = all.filter((task) => task.key !== key);
      return [...rest.slice(0, to), moving, ...rest.slice(to)];
    });
  }

  return {
    tasks,
    add: (kind: TaskKind) => setTasks((all) => [...all, newDraft(kind)]),
    remove: (key: string) =>
      setTasks((all) => all.filter((task) => task.key !== key)),
    move,
    update,
  };
}
