import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";

import { EMAIL_STATUSES } from "@/components/email/email-status-badge";
import { PageHeader } from "@/components/dashboard/page-header";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { listOutbox, OUTBOX_LIMIT, type EmailStatus } from "@/lib/email/outbox";
import { smtpServerName } from "@/lib/email/transport";
import { env } from "@/lib/env";
import { cn } from "@/lib/utils";

import { OutboxTable } from "./_components/outbox-table";
import { SmtpNotice } from "./_components/smtp-notice";

export const metadata: Metadata = { title: "Outbox" };

const params = z.object({
  status: z
    .enum(Object.keys(EMAIL_STATUSES) as [EmailStatus])
    .optional()
    .catch(undefined),
});

const FILTERS = [
  { value: "", label: "All" },
  ...Object.entries(EMAIL_STATUSES).map(([value, { label }]) => ({
    value,
    label,
  })),
];

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) {
    return (
      <>
        <PageHeader title="Outbox" />
        <Alert>Only owners and admins can read the outbox.</Alert>
      </>
    );
  }

  const { status } = params.parse(await searchParams);
  const messages = await listOutbox(scopeOf(viewer), { status });

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Every email Hallo writes to candidates: invitations and reminders, with what became of each."
      />
      <SmtpNotice server={smtpServerName()} from={env().EMAIL_FROM} />
      <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2">
        {FILTERS.map(({ value, label }) => (
          <Link
            key={value}
            href={value ? `/outbox?status=${value}` : "/outbox"}
            aria-current={(status ?? "") === value ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-sm",
              (status ?? "") === value
                ? "border-brand-600 bg-brand-50 text-brand-700"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            {label}
          </Link>
        ))}
      </nav>
      <Card>
        <OutboxTable messages={messages} filtered={Boolean(status)} />
      </Card>
      {messages.length === OUTBOX_LIMIT ? (
        <p className="mt-4 text-sm text-slate-600">
          Showing the newest {OUTBOX_LIMIT} messages.
        </p>
      ) : null}
    </>
  );
}
