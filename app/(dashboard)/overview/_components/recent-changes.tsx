import {
  Card,
  CardContent,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";

type Change = {
  id: string;
  actorName: string;
  summary: string;
  createdAt: Date;
};

export function RecentChanges({ changes }: { changes: Change[] }) {
  return (
    <Card className="mt-6">
      <CardHeader>
        <CardTitle>Recent changes</CardTitle>
        <CardDescription>
          The latest changes to your organization.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <ul className="divide-y divide-slate-100">
          {changes.map((change) => (
            <li
              key={change.id}
              className="flex flex-wrap justify-between gap-2 py-2 text-sm"
            >
              <span>
                <span className="font-medium">{change.actorName}</span>{" "}
                {change.summary}
              </span>
              <time
                dateTime={change.createdAt.toISOString()}
                className="text-slate-500"
              >
                {change.createdAt.toLocaleString("en", {
                  dateStyle: "medium",
                  timeStyle: "short",
                })}
              </time>
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
