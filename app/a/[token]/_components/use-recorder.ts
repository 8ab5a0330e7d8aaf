"use client";

import { useCallback, useRef, useState } from "react";

export type Recording = { blob: Blob; url: string; seconds: number };

const MIME = "audio/webm;codecs=opus";

/** Records the microphone with MediaRecorder as WebM/Opus. */
export function useRecorder(microphone: MediaStream | null) {
  const recorder = useRef<MediaRecorder | null>(null);
  const [recording, setRecording] = useState(false);
  const [result, setResult] = useState<Recording | null>(null);

  const start = useCallback(() => {
    if (!microphone || recorder.current) return;
    const chunks: Blob[] = [];
    const startedAt = Date.now();
    const media = new MediaRecorder(microphone, {
      mimeType: MediaRecorder.isTypeSupported(MIME) ? MIME : undefined,
    });
    media.ondataavailable = (event) => chunks.push(event.data);
    media.onstop = () => {
      const blob = new Blob(chunks, { type: "audio/webm" });
      setResult({
        blob,
        url: URL.createObjectURL(blob),
        seconds: Math.round((Date.now() - startedAt) / 1000),
      });
      setRecording(false);
      recorder.current = null;
    };
    recorder.current = media;
    media.start(1000);
    setRecording(true);
  }, [microphone]);

  const stop = useCallback(() => recorder.current?.stop(), []);
  const discard = useCallback(() => setResult(null), []);

  return { recording, result, start, stop, discard };
}
