import Image from "next/image";

import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import type { Report } from "@/lib/reports/report";
import { cn } from "@/lib/utils";

import { formatUtc } from "./levels";

type Props = { report: Report; mediaBase: string };

/** What the browser noticed during the attempt, and the webcam snapshots. */
export function IntegrityPanel({ report, mediaBase }: Props) {
  const { integrity } = report;
  const taskNumber = new Map(report.tasks.map((t) => [t.id, t.number]));
  const figures = [
    {
      label: "Left the page",
      value: times(integrity.tabSwitches),
      detail: integrity.secondsAway ? `${integrity.secondsAway} s away` : null,
      flagged: integrity.tabSwitches > 0,
    },
    {
      label: "Pasted text",
      value: times(integrity.pastes),
      detail: integrity.charactersPasted
        ? `${integrity.charactersPasted} characters`
        : null,
      flagged: integrity.pastes > 0,
    },
    {
      label: "Missed snapshots",
      value: String(integrity.missingSnapshots),
      detail: integrity.cameraUnavailable ? "Camera was unavailable" : null,
      flagged: integrity.missingSnapshots > 0 || integrity.cameraUnavailable,
    },
    {
      label: "Snapshots taken",
      value: String(integrity.snapshots),
      detail: null,
      flagged: false,
    },
  ];

  return (
    <Card className="break-inside-avoid">
      <CardHeader>
        <CardTitle>Integrity</CardTitle>
        <CardDescription>
          Signals recorded while the candidate took the assessment. They are
          prompts to look closer, not proof of anything.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-5">
        <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
          {figures.map((figure) => (
            <div
              key={figure.label}
              className={cn(
                "rounded-lg border p-3",
                figure.flagged
                  ? "border-amber-300 bg-amber-50"
                  : "border-slate-200",
              )}
            >
              <dt className="text-xs text-slate-600">{figure.label}</dt>
              <dd className="text-xl font-semibold">{figure.value}</dd>
              {figure.detail ? (
                <dd className="text-xs text-slate-600">{figure.detail}</dd>
              ) : null}
            </div>
          ))}
        </dl>
        {report.snapshots.length > 0 ? (
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
            {report.snapshots.map((snapshot) => {
              const task = snapshot.taskId && taskNumber.get(snapshot.taskId);
              const caption = `${formatUtc(snapshot.takenAt)}${task ? ` · task ${task}` : ""}`;
              return (
                <li key={snapshot.id} className="grid break-inside-avoid gap-1">
                  <Image
                    src={`${mediaBase}/${snapshot.id}`}
                    alt={`Webcam snapshot, ${caption}`}
                    width={320}
                    height={240}
                    unoptimized
                    loading="eager"
                    className="aspect-[4/3] w-full rounded-md border border-slate-200 bg-slate-100 object-cover"
                  />
                  <span className="text-xs text-slate-600">{caption}</span>
                </li>
              );
            })}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">
            No webcam snapshots were kept for this attempt.
          </p>
        )}
      </CardContent>
    </Card>
  );
}

function times(count: number): string {
  if (count === 0) return "Never";
  return count === 1 ? "Once" : `${count} times`;
}
