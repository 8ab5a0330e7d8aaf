"use client";

import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { SpeakingTask as Task } from "@/db/schema";

import { callCandidateApi } from "./candidate-api";
import { TimeLeft } from "./time-left";
import { useCountdown } from "./use-countdown";
import { useRecorder } from "./use-recorder";

type Props = {
  token: string;
  task: Task;
  microphone: MediaStream | null;
  recordingsSoFar: number;
  onDone: () => Promise<void>;
};

/**
 * Preparation time, then a recording up to the task's maximum. The
 * candidate can listen back and record once more before moving on.
 */
export function SpeakingTask({
  token,
  task,
  microphone,
  recordingsSoFar,
  onDone,
}: Props) {
  const [phase, setPhase] = useState<"prepare" | "record" | "review">(
    recordingsSoFar > 0 ? "review" : "prepare",
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [takes, setTakes] = useState(recordingsSoFar);
  const recorder = useRecorder(microphone);

  const startRecording = () => {
    setPhase("record");
    setTakes((n) => n + 1);
    recorder.start();
  };
  const prep = useCountdown(
    task.preparationSeconds,
    phase === "prepare",
    startRecording,
  );
  const answer = useCountdown(task.maxAnswerSeconds, recorder.recording, () =>
    recorder.stop(),
  );

  async function keep() {
    if (!recorder.result) return;
    setBusy(true);
    setError(null);
    try {
      await callCandidateApi(token, "audio", undefined, {
        query: { task: task.id, seconds: String(recorder.result.seconds) },
        raw: recorder.result.blob,
      });
      await onDone();
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="grid gap-4">
      <p className="rounded-lg bg-slate-50 p-4 text-slate-800">{task.prompt}</p>
      {error ? <Alert>{error}</Alert> : null}
      {phase === "prepare" ? (
        <div className="grid gap-3">
          <TimeLeft seconds={prep} label="Preparation time left:" />
          <div>
            <Button type="button" onClick={startRecording}>
              Start recording now
            </Button>
          </div>
        </div>
      ) : null}
      {recorder.recording ? (
        <div className="grid gap-3">
          <TimeLeft
            seconds={answer}
            label="Recording, time left:"
            className="font-medium text-red-700"
          />
          <div>
            <Button type="button" onClick={recorder.stop}>
              Stop recording
            </Button>
          </div>
        </div>
      ) : null}
      {recorder.result ? (
        <div className="grid gap-3">
          <audio
            controls
            src={recorder.result.url}
            aria-label="Your recording"
          />
          <div className="flex flex-wrap gap-3">
            <Button type="button" disabled={busy} onClick={() => void keep()}>
              {busy ? "Saving…" : "Keep this answer and continue"}
            </Button>
            {takes < 2 ? (
              <Button
                type="button"
                variant="secondary"
                disabled={busy}
                onClick={() => {
                  recorder.discard();
                  startRecording();
                }}
              >
                Record again (once)
              </Button>
            ) : null}
          </div>
        </div>
      ) : null}
      {phase === "review" && !recorder.result && !recorder.recording ? (
        <div className="grid gap-3">
          <p>Your answer to this task is saved.</p>
          <Button type="button" onClick={() => void onDone()}>
            Continue
          </Button>
        </div>
      ) : null}
    </div>
  );
}
