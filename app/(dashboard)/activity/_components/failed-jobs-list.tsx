"use client";

import { useActionState } from "react";

import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { retryJobAction } from "@/lib/jobs/actions";
import type { FailedJob } from "@/lib/jobs/failed-jobs";

export function FailedJobsList({ jobs }: { jobs: FailedJob[] }) {
  if (jobs.length === 0) {
    return (
      <p className="p-6 text-sm text-slate-600">
        No failed jobs. When a job still fails after its automatic retries, it
        appears here with its error and a Retry button.
      </p>
    );
  }

  return (
    <ul className="divide-y divide-slate-100">
      {jobs.map((job) => (
        <li
          key={job.id}
          className="flex flex-wrap items-start justify-between gap-3 px-6 py-3 text-sm"
        >
          <div className="grid gap-1">
            <span className="font-medium text-slate-900">{job.label}</span>
            <span className="text-red-700">{job.error}</span>
            <span className="text-xs text-slate-500">
              {job.attempts} {job.attempts === 1 ? "attempt" : "attempts"} ·
              failed{" "}
              {(job.failedAt ?? job.createdAt).toLocaleString("en", {
                dateStyle: "medium",
                timeStyle: "short",
              })}
            </span>
          </div>
          <RetryJob job={job} />
        </li>
      ))}
    </ul>
  );
}

function RetryJob({ job }: { job: FailedJob }) {
  const [result, action] = useActionState(retryJobAction, null);

  return (
    <form action={action} className="grid justify-items-end gap-1">
      <input type="hidden" name="queue" value={job.queue} />
      <input type="hidden" name="id" value={job.id} />
      <SubmitButton
        variant="secondary"
        size="sm"
        pendingLabel="Retrying…"
        aria-label={`Retry: ${job.label}`}
      >
        Retry
      </SubmitButton>
      <FormMessage result={result} />
    </form>
  );
}
