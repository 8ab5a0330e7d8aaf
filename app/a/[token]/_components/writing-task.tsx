"use client";

import { useEffect, useRef, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { WritingTask as Task } from "@/db/schema";

import { callCandidateApi } from "./candidate-api";
import { TimeLeft } from "./time-left";
import { useCountdown } from "./use-countdown";

type Props = {
  token: string;
  task: Task;
  savedText: string;
  /** When the server saw the task begin, if it did: the limit counts on. */
  startedAt: string | null;
  onDone: () => Promise<void>;
};

const countWords = (text: string) =>
  text.trim().split(/\s+/u).filter(Boolean).length;

function secondsLeft(task: Task, startedAt: string | null): number {
  if (!startedAt) return task.timeLimitSeconds;
  const spent = (Date.now() - Date.parse(startedAt)) / 1000;
  return Math.max(0, Math.floor(task.timeLimitSeconds - spent));
}

/**
 * A text box with a live word count and the task's time limit. The text
 * is saved as the candidate writes and once more on Continue; when time
 * runs out, what is written is handed in.
 */
export function WritingTask({
  token,
  task,
  savedText,
  startedAt,
  onDone,
}: Props) {
  const [text, setText] = useState(savedText);
  const [limit] = useState(() => secondsLeft(task, startedAt));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const latest = useRef(text);
  useEffect(() => {
    latest.current = text;
  }, [text]);
  const words = countWords(text);

  const save = () =>
    callCandidateApi(token, "answer", {
      taskId: task.id,
      text: latest.current,
    });

  // The first save marks when the task began, which the server's time
  // limit counts from; then every few seconds while writing.
  useEffect(() => {
    void save().catch(() => {});
    const timer = setInterval(() => void save().catch(() => {}), 10_000);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [task.id]);

  // When time is up a refused last save is let go: the autosave before
  // it holds the answer, and the candidate must not be stuck.
  async function finish(timeUp = false) {
    setBusy(true);
    setError(null);
    try {
      await save().catch((failure: unknown) => {
        if (!timeUp) throw failure;
      });
      await onDone();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  }

  const left = useCountdown(limit, true, () => void finish(true));
  const tooShort = words < task.minWords;

  return (
    <div className="grid gap-4">
      <p className="rounded-lg bg-slate-50 p-4 text-slate-800">{task.prompt}</p>
      {error ? <Alert>{error}</Alert> : null}
      <label htmlFor="answer" className="text-sm font-medium">
        Your answer ({task.minWords}-{task.maxWords} words)
      </label>
      <textarea
        id="answer"
        value={text}
        rows={10}
        aria-describedby="answer-count"
        className="w-full rounded-md border border-slate-300 p-3 text-base focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
        onChange={(event) => setText(event.target.value)}
        onPaste={(event) => {
          const pasted = event.clipboardData.getData("text").length;
          void callCandidateApi(token, "integrity", {
            kind: "paste",
            taskId: task.id,
            amount: pasted,
          }).catch(() => {});
        }}
      />
      <div className="flex flex-wrap justify-between gap-2 text-sm text-slate-600">
        <span id="answer-count">
          {words} {words === 1 ? "word" : "words"}
          {words > task.maxWords ? ` (more than ${task.maxWords})` : ""}
        </span>
        <TimeLeft seconds={left} label="Time left:" />
      </div>
      <div>
        <Button
          type="button"
          disabled={busy || words === 0}
          onClick={() => void finish()}
        >
          {busy
            ? "Saving…"
            : tooShort
              ? "Hand in (shorter than asked)"
              : "Save and continue"}
        </Button>
      </div>
    </div>
  );
}
