"use client";

import { useEffect } from "react";

import { callCandidateApi } from "./candidate-api";

/** One JPEG frame from the camera stream, or null without a camera. */
async function grabFrame(stream: MediaStream): Promise<Blob | null> {
  const video = document.createElement("video");
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  const canvas = document.createElement("canvas");
  canvas.width = video.videoWidth || 640;
  canvas.height = video.videoHeight || 480;
  canvas.getContext("2d")?.drawImage(video, 0, 0, canvas.width, canvas.height);
  video.pause();
  return new Promise((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.8));
}

/**
 * Webcam snapshots while a task is on screen: one when it starts, then one
 * every `intervalSeconds`. A snapshot that fails to upload is skipped;
 * gaps show in the report as missing snapshots.
 */
export function useSnapshots(
  token: string,
  camera: MediaStream | null,
  taskId: string | null,
  intervalSeconds: number,
) {
  useEffect(() => {
    if (!camera || !taskId) return;
    const take = async () => {
      const frame = await grabFrame(camera).catch(() => null);
      if (!frame) return;
      await callCandidateApi(token, "snapshots", undefined, {
        query: { task: taskId },
        raw: frame,
      }).catch(() => {});
    };
    void take();
    const timer = setInterval(() => void take(), intervalSeconds * 1000);
    return () => clearInterval(timer);
  }, [token, camera, taskId, intervalSeconds]);
}
