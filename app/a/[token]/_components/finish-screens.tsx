"use client";

import { useState } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

import { callCandidateApi } from "./candidate-api";

type HeadingRef = { heading: React.RefObject<HTMLHeadingElement | null> };

export function Submit({
  token,
  heading,
  onSubmitted,
}: HeadingRef & { token: string; onSubmitted: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await callCandidateApi(token, "submit");
      onSubmitted();
    } catch (failure) {
      setError((failure as Error).message);
      setBusy(false);
    }
  }

  return (
    <section className="grid gap-4">
      <h1
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900"
      >
        All tasks are done
      </h1>
      <p className="text-slate-700">
        Submit your answers. You cannot change them afterwards.
      </p>
      {error ? <Alert>{error}</Alert> : null}
      <div>
        <Button type="button" disabled={busy} onClick={() => void submit()}>
          {busy ? "Submitting…" : "Submit my answers"}
        </Button>
      </div>
    </section>
  );
}

export function ThankYou({ heading }: HeadingRef) {
  return (
    <section className="grid gap-2" aria-live="polite">
      <h1
        ref={heading}
        tabIndex={-1}
        className="text-xl font-semibold text-slate-900"
      >
        Thank you
      </h1>
      <p className="text-slate-700">
        Your answers were received. The recruiter who invited you will be in
        touch. You can close this page.
      </p>
    </section>
  );
}
