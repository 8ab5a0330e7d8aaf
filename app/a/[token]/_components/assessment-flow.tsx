"use client";

import { useEffect, useRef, useState } from "react";

import type { AttemptView } from "@/lib/attempts/view";

import { callCandidateApi } from "./candidate-api";
import { DeviceCheck } from "./device-check";
import { Submit, ThankYou } from "./finish-screens";
import { SpeakingTask } from "./speaking-task";
import { useIntegritySignals } from "./use-integrity";
import { useSnapshots } from "./use-snapshots";
import { WritingTask } from "./writing-task";

type Devices = { microphone: MediaStream | null; camera: MediaStream | null };

type Props = { token: string; view: AttemptView };

/** Device check, the tasks in order, then Submit and thank you. */
export function AssessmentFlow({ token, view }: Props) {
  const [devices, setDevices] = useState<Devices | null>(null);
  const [current, setCurrent] = useState(view.currentTask);
  const [submitted, setSubmitted] = useState(false);
  const task = devices ? (view.tasks[current] ?? null) : null;
  const heading = useRef<HTMLHeadingElement>(null);

  useIntegritySignals(token, task?.id ?? null);
  useSnapshots(
    token,
    devices?.camera ?? null,
    task?.id ?? null,
    view.snapshotIntervalSeconds,
  );
  useEffect(() => heading.current?.focus(), [current, devices, submitted]);

  if (!devices) {
    return (
      <DeviceCheck
        needsMicrophone={view.tasks.some((t) => t.kind === "speaking")}
        onReady={setDevices}
        onNoCamera={() =>
          void callCandidateApi(token, "integrity", {
            kind: "camera_unavailable",
          }).catch(() => {})
        }
      />
    );
  }
  if (submitted) return <ThankYou heading={heading} />;
  if (!task)
    return (
      <Submit
        token={token}
        heading={heading}
        onSubmitted={() => setSubmitted(true)}
      />
    );

  const next = async () => {
    const moved = await callCandidateApi<{ currentTask: number }>(
      token,
      "next",
      { taskId: task.id },
    );
    setCurrent(moved.currentTask);
  };
  const answer = view.answers[task.id];

  return (
    <section aria-labelledby="task-heading" className="grid gap-4">
      <p className="text-sm text-slate-500">
        Task {current + 1} of {view.tasks.length} ·{" "}
        {task.kind === "speaking" ? "Speaking" : "Writing"}
      </p>
      <h1
        id="task-heading"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900"
      >
        {task.kind === "speaking" ? "Answer out loud" : "Write your answer"}
      </h1>
      {task.kind === "speaking" ? (
        <SpeakingTask
          key={task.id}
          token={token}
          task={task}
          microphone={devices.microphone}
          recordingsSoFar={answer?.recordings ?? 0}
          onDone={next}
        />
      ) : (
        <WritingTask
          key={task.id}
          token={token}
          task={task}
          savedText={answer?.text ?? ""}
          startedAt={answer?.startedAt ?? null}
          onDone={next}
        />
      )}
    </section>
  );
}
