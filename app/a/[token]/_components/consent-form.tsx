"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

import { callCandidateApi } from "./candidate-api";

/** The consent checkbox and Start; the attempt begins on the server. */
export function ConsentForm({ token }: { token: string }) {
  const router = useRouter();
  const [agreed, setAgreed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      await callCandidateApi(token, "start");
      router.refresh();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  }

  return (
    <form
      className="grid gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      {error ? <Alert>{error}</Alert> : null}
      <label className="flex items-start gap-3 text-sm text-slate-800">
        <input
          type="checkbox"
          className="mt-1 size-4"
          checked={agreed}
          onChange={(event) => setAgreed(event.target.checked)}
        />
        I agree that my spoken answers are recorded and webcam snapshots are
        taken during the test, and that both are shared with the employer to
        score and confirm this assessment.
      </label>
      <Button type="submit" disabled={!agreed || busy}>
        {busy ? "Starting…" : "Start the assessment"}
      </Button>
    </form>
  );
}
