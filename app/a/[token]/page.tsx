import type { Metadata } from "next";
import { Clock, Mic, Camera, CalendarClock } from "lucide-react";

import { Logo } from "@/components/brand/logo";
import {
  countTasks,
  formatSeconds,
  languageName,
} from "@/lib/assessments/format";
import { assessmentSeconds } from "@/lib/assessments/format";
import { loadAttemptView } from "@/lib/attempts/view";
import { openCandidateLink, type CandidateLink } from "@/lib/invitations/open";

import { AssessmentFlow } from "./_components/assessment-flow";
import { ConsentForm } from "./_components/consent-form";

// Candidate links are private: never indexed, never sent on as a referrer.
export const metadata: Metadata = {
  title: "Your language assessment",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

export default async function CandidatePage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const link = await openCandidateLink(token);
  const view =
    link.state === "open" && link.started
      ? await loadAttemptView(link.invitationId)
      : null;

  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-8 bg-gradient-to-b from-brand-50 to-slate-50 p-6">
      <Logo className="text-lg" />
      <div className="w-full max-w-lg rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        {view ? (
          <AssessmentFlow token={token} view={view} />
        ) : link.state === "open" ? (
          <Welcome link={link} token={token} />
        ) : (
          <Closed link={link} />
        )}
      </div>
    </main>
  );
}

const CLOSED = {
  unknown: {
    title: "This link does not work",
    body: "Check that you copied the whole link from your email. If it still does not open, ask the recruiter who invited you for a new one.",
  },
  cancelled: {
    title: "This invitation was cancelled",
    body: "There is nothing for you to do here. If you think this is a mistake, contact the recruiter who invited you.",
  },
  expired: {
    title: "This invitation has expired",
    body: "The time to take this assessment is over. Ask the recruiter who invited you if they can extend it.",
  },
  used: {
    title: "This assessment has already been taken",
    body: "Each link works for one attempt. Your answers were received; the recruiter will be in touch.",
  },
} as const;

function Closed({ link }: { link: Exclude<CandidateLink, { state: "open" }> }) {
  const copy = CLOSED[link.state];
  return (
    <div className="grid gap-2">
      {"organizationName" in link ? (
        <p className="text-sm text-slate-500">{link.organizationName}</p>
      ) : null}
      <h1 className="text-xl font-semibold text-slate-900">{copy.title}</h1>
      <p className="text-slate-700">{copy.body}</p>
    </div>
  );
}

function Welcome({
  link,
  token,
}: {
  link: Extract<CandidateLink, { state: "open" }>;
  token: string;
}) {
  const { assessment } = link;
  const tasks = countTasks(assessment.tasks);
  const recordsAudio = assessment.tasks.some(
    (task) => task.kind === "speaking",
  );

  return (
    <div className="grid gap-5">
      <div className="grid gap-1">
        <p className="text-sm text-slate-500">
          {link.organizationName} invites you to
        </p>
        <h1 className="text-xl font-semibold text-slate-900">
          {assessment.name}
        </h1>
        {link.candidateName ? (
          <p className="text-slate-700">Welcome, {link.candidateName}.</p>
        ) : null}
      </div>
      <ul className="grid gap-2 text-sm text-slate-700">
        <li className="flex items-center gap-2">
          <Clock className="size-4 shrink-0 text-slate-500" aria-hidden />
          {languageName(assessment.language)} · {tasks.split} tasks · up to{" "}
          {formatSeconds(assessmentSeconds(assessment.tasks))}
        </li>
        {recordsAudio ? (
          <li className="flex items-center gap-2">
            <Mic className="size-4 shrink-0 text-slate-500" aria-hidden />
            Your spoken answers are recorded so they can be scored.
          </li>
        ) : null}
        <li className="flex items-center gap-2">
          <Camera className="size-4 shrink-0 text-slate-500" aria-hidden />
          Webcam snapshots are taken during the test to confirm it is you.
        </li>
        <li className="flex items-center gap-2">
          <CalendarClock
            className="size-4 shrink-0 text-slate-500"
            aria-hidden
          />
          Open until{" "}
          {link.expiresAt.toLocaleString("en", {
            year: "numeric",
            month: "long",
            day: "numeric",
            hour: "numeric",
            minute: "2-digit",
            timeZone: "UTC",
            timeZoneName: "short",
          })}
        </li>
      </ul>
      <p className="rounded-md bg-slate-50 p-3 text-sm text-slate-700">
        Find a quiet place with a working microphone and camera. Keep this link:
        it is yours alone and works for one attempt.
      </p>
      <ConsentForm token={token} />
    </div>
  );
}
