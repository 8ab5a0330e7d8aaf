"use client";

import { useEffect, useRef, useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = {
  needsMicrophone: boolean;
  onReady: (devices: {
    microphone: MediaStream | null;
    camera: MediaStream | null;
  }) => void;
  onNoCamera: () => void;
};

/** Asks for the microphone and camera, shows both working, then goes on. */
export function DeviceCheck({ needsMicrophone, onReady, onNoCamera }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [microphone, setMicrophone] = useState<MediaStream | null>(null);
  const [camera, setCamera] = useState<MediaStream | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const level = useMicrophoneLevel(microphone);

  async function ask() {
    setProblem(null);
    try {
      setMicrophone(await navigator.mediaDevices.getUserMedia({ audio: true }));
    } catch {
      setProblem(
        "The microphone is blocked or missing. Allow it in the address bar's site settings, then press Try again.",
      );
      return;
    }
    try {
      setCamera(await navigator.mediaDevices.getUserMedia({ video: true }));
    } catch {
      setCamera(null);
      onNoCamera();
    }
  }

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    if (video.current && camera) video.current.srcObject = camera;
  }, [camera]);

  const ready = Boolean(microphone) || !needsMicrophone;
  return (
    <section aria-labelledby="device-check" className="grid gap-4">
      <h1
        id="device-check"
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900"
      >
        Check your microphone and camera
      </h1>
      <p className="text-slate-700">
        Your browser will ask for permission. Speak a few words and watch the
        bar move.
      </p>
      {problem ? <Alert>{problem}</Alert> : null}
      <div className="grid gap-2">
        <span id="level-label" className="text-sm font-medium">
          Microphone level
        </span>
        <div
          role="meter"
          aria-labelledby="level-label"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={level}
          className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        >
          <div
            className="h-full bg-brand-600 transition-[width]"
            style={{ width: `${level}%` }}
          />
        </div>
      </div>
      {camera ? (
        <video
          ref={video}
          autoPlay
          muted
          playsInline
          aria-label="Camera preview"
          className="aspect-video w-full max-w-sm rounded-lg bg-slate-900"
        />
      ) : microphone ? (
        <p className="text-sm text-slate-600">
          No camera is available. You can go on; the report will say that no
          snapshots were taken.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        {!microphone ? (
          <Button type="button" onClick={() => void ask()}>
            {problem ? "Try again" : "Allow microphone and camera"}
          </Button>
        ) : null}
        <Button
          type="button"
          disabled={!ready}
          onClick={() => onReady({ microphone, camera })}
        >
          My devices work, continue
        </Button>
      </div>
    </section>
  );
}

/** 0-100 loudness of the microphone, for the meter. */
function useMicrophoneLevel(stream: MediaStream | null): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!stream) return;
    const context = new AudioContext();
    const analyser = context.createAnalyser();
    context.createMediaStreamSource(stream).connect(analyser);
    const samples = new Uint8Array(analyser.fftSize);
    const timer = setInterval(() => {
      analyser.getByteTimeDomainData(samples);
      const peak = samples.reduce(
        (max, s) => Math.max(max, Math.abs(s - 128)),
        0,
      );
      setLevel(Math.min(100, Math.round((peak / 128) * 200)));
    }, 100);
    return () => {
      clearInterval(timer);
      void context.close();
    };
  }, [stream]);
  return level;
}
