import { ChangeHeadline } from "@/components/dashboard/change-headline";
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
            <li key={change.id} className="py-2 text-sm">
              <ChangeHeadline change={change} />
            </li>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
