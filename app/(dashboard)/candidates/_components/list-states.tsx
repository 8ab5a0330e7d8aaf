import { SearchX, UserRoundCheck } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

function Empty({
  icon: Icon,
  title,
  children,
}: {
  icon: typeof SearchX;
  title: string;
  children: ReactNode;
}) {
  return (
    <div className="grid justify-items-center gap-3 px-6 py-12 text-center">
      <Icon className="size-8 text-slate-400" aria-hidden />
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children}
    </div>
  );
}

export function NoInvitationsYet() {
  return (
    <Empty icon={UserRoundCheck} title="No candidates invited yet">
      <p className="max-w-md text-sm text-slate-600">
        Candidates appear here when they reach the stage of one of your
        assessment rules in Lever: Hallo then invites them to the rule’s
        assessment by email.
      </p>
      <Button asChild variant="secondary">
        <Link href="/development/integration-partners">
          Set up assessment rules
        </Link>
      </Button>
    </Empty>
  );
}

export function NoMatches({ onClear }: { onClear: () => void }) {
  return (
    <Empty icon={SearchX} title="No candidates match these filters">
      <p className="max-w-md text-sm text-slate-600">
        Try fewer filters, a wider date range or another spelling.
      </p>
      <Button variant="secondary" onClick={onClear}>
        Clear filters
      </Button>
    </Empty>
  );
}

export function PageOutOfRange({ onFirst }: { onFirst: () => void }) {
  return (
    <Empty icon={SearchX} title="This page is empty">
      <p className="max-w-md text-sm text-slate-600">
        The list is shorter than it was when this page was opened.
      </p>
      <Button variant="secondary" onClick={onFirst}>
        Go to the first page
      </Button>
    </Empty>
  );
}

export function ListProblem({
  message,
  action,
  onAction,
}: {
  message: string;
  action: string;
  onAction: () => void;
}) {
  return (
    <div className="grid justify-items-start gap-3 p-6">
      <Alert>{message}</Alert>
      <Button variant="secondary" onClick={onAction}>
        {action}
      </Button>
    </div>
  );
}
