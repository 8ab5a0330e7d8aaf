import { Mic, PenLine } from "lucide-react";

import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader } from "@/components/ui/card";
import type { ReportTask } from "@/lib/reports/report";

type Props = { task: ReportTask; mediaBase: string };

/** One task as asked, the candidate's answer and what was noted on it. */
export function TaskAnswer({ task, mediaBase }: Props) {
  const speaking = task.kind === "speaking";
  const Icon = speaking ? Mic : PenLine;

  return (
    <Card className="break-inside-avoid">
      <CardHeader className="flex-row flex-wrap items-center justify-between gap-2">
        <h3 className="flex items-center gap-2 text-base font-semibold">
          <Icon className="size-4 text-slate-500" aria-hidden />
          Task {task.number} · {speaking ? "Speaking" : "Writing"}
        </h3>
        {task.level ? (
          <Badge tone="brand">
            {task.level}
            {task.score !== null ? ` · ${task.score.toFixed(1)} / 10` : ""}
          </Badge>
        ) : (
          <Badge>Not scored on its own</Badge>
        )}
      </CardHeader>
      <CardContent className="grid gap-4">
        <blockquote className="border-l-4 border-slate-200 pl-3 text-sm text-slate-700">
          {task.prompt}
        </blockquote>
        {speaking ? <Spoken task={task} mediaBase={mediaBase} /> : null}
        {!speaking ? <Written task={task} /> : null}
        <Notes task={task} />
      </CardContent>
    </Card>
  );
}

function Spoken({ task, mediaBase }: Props) {
  return (
    <div className="grid gap-3">
      {task.audioId ? (
        <audio
          controls
          preload="metadata"
          src={`${mediaBase}/${task.audioId}`}
          className="w-full print:hidden"
        >
          Your browser cannot play this recording.
        </audio>
      ) : null}
      {task.audioId ? (
        <p className="hidden text-sm text-slate-600 print:block">
          A recording was kept; play it in the online report.
        </p>
      ) : (
        <p className="text-sm text-slate-600">No recording was kept.</p>
      )}
      <Answer label="Transcript" empty="No transcript of this answer.">
        {task.transcript}
      </Answer>
    </div>
  );
}

function Written({ task }: { task: ReportTask }) {
  const label =
    task.wordCount !== null ? `Answer · ${task.wordCount} words` : "Answer";
  return (
    <Answer label={label} empty="The candidate wrote nothing.">
      {task.text}
    </Answer>
  );
}

function Answer({
  label,
  empty,
  children,
}: {
  label: string;
  empty: string;
  children: string | null;
}) {
  return (
    <div className="grid gap-1">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        {label}
      </p>
      {children ? (
        <p className="rounded-md bg-slate-50 p-3 text-sm whitespace-pre-wrap text-slate-900">
          {children}
        </p>
      ) : (
        <p className="text-sm text-slate-600">{empty}</p>
      )}
    </div>
  );
}

function Notes({ task }: { task: ReportTask }) {
  if (task.notes.length === 0 && !task.comment) return null;
  return (
    <div className="grid gap-1">
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
        Notes
      </p>
      <ul className="list-disc pl-5 text-sm text-slate-700">
        {task.notes.map((note) => (
          <li key={note}>{note}</li>
        ))}
        {task.comment ? <li>Reviewer: {task.comment}</li> : null}
      </ul>
    </div>
  );
}
