import { ChangeHeadline } from "@/components/dashboard/change-headline";

type Entry = {
  id: string;
  kind: string;
  actorName: string;
  summary: string;
  before: unknown;
  after: unknown;
  createdAt: Date;
};

export function ActivityList({ entries }: { entries: Entry[] }) {
  if (entries.length === 0) {
    return <p className="p-6 text-sm text-slate-600">Nothing recorded yet.</p>;
  }

  return (
    <ul className="divide-y divide-slate-100">
      {entries.map((entry) => (
        <li key={entry.id} className="grid gap-1 px-6 py-3 text-sm">
          <ChangeHeadline change={entry} />
          {entry.before || entry.after ? (
            <details className="text-xs text-slate-600">
              <summary className="cursor-pointer select-none">
                Details <span className="text-slate-500">({entry.kind})</span>
              </summary>
              <dl className="mt-2 grid gap-2 sm:grid-cols-2">
                <State label="Before" value={entry.before} />
                <State label="After" value={entry.after} />
              </dl>
            </details>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function State({ label, value }: { label: string; value: unknown }) {
  return (
    <div>
      <dt className="font-medium text-slate-700">{label}</dt>
      <dd>
        <pre className="mt-1 overflow-x-auto rounded bg-slate-50 p-2 whitespace-pre-wrap">
          {value ? JSON.stringify(value, null, 2) : "—"}
        </pre>
      </dd>
    </div>
  );
}
