"use client";

import { useEffect } from "react";

import { callCandidateApi } from "./candidate-api";

/**
 * Reports leaving the page (the tab hidden, with the seconds away, or the
 * window losing focus) while a task is on screen. Failures to report are
 * ignored: the test goes on.
 */
export function useIntegritySignals(token: string, taskId: string | null) {
  useEffect(() => {
    if (!taskId) return;
    let hiddenAt: number | null = null;
    const send = (kind: string, amount?: number) =>
      void callCandidateApi(token, "integrity", { kind, taskId, amount }).catch(
        () => {},
      );

    const onVisibility = () => {
      if (document.hidden) {
        hiddenAt = Date.now();
      } else if (hiddenAt !== null) {
        send("tab_hidden", Math.round((Date.now() - hiddenAt) / 1000));
        hiddenAt = null;
      }
    };
    const onBlur = () => {
      if (!document.hidden) send("window_blur");
    };
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("blur", onBlur);
    return () => {
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("blur", onBlur);
    };
  }, [token, taskId]);
}
