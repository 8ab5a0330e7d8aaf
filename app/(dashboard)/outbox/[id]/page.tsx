import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { EmailStatusBadge } from "@/components/email/email-status-badge";
import { PageHeader } from "@/components/dashboard/page-header";
import { Alert } from "@/components/ui/alert";
import {
  Card,
  CardDescription,
  CardHeader,
  CardTitle,
} from "@/components/ui/card";
import { canManage } from "@/lib/auth/roles";
import { requireViewer, scopeOf } from "@/lib/auth/session";
import { findOutboxMessage } from "@/lib/email/outbox";

import { MessageHeaders } from "../_components/message-headers";

export const metadata: Metadata = { title: "Message" };

type Props = { params: Promise<{ id: string }> };

export default async function OutboxMessagePage({ params }: Props) {
  const viewer = await requireViewer();
  if (!canManage(viewer.role)) {
    return (
      <>
        <PageHeader title="Message" />
        <Alert>Only owners and admins can read the outbox.</Alert>
      </>
    );
  }

  const message = await findOutboxMessage(scopeOf(viewer), (await params).id);
  if (!message) notFound();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm text-slate-500">
        <Link href="/outbox" className="hover:underline">
          Outbox
        </Link>
      </nav>
      <PageHeader
        title={message.subject}
        actions={<EmailStatusBadge status={message.status} />}
      />
      <MessageHeaders message={message} />
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>As the candidate sees it</CardTitle>
          <CardDescription>
            Rendered again from the invitation as it is now, so the link and
            expiry date are the current ones.
          </CardDescription>
        </CardHeader>
        <iframe
          sandbox=""
          srcDoc={message.html}
          title={`Email preview: ${message.subject}`}
          className="h-[720px] w-full rounded-b-xl border-t border-slate-200 bg-white"
        />
      </Card>
      <Card className="mt-6">
        <CardHeader>
          <CardTitle>Plain text</CardTitle>
          <CardDescription>
            Sent alongside the HTML for mail programs that do not show it.
          </CardDescription>
        </CardHeader>
        <pre className="overflow-x-auto border-t border-slate-200 px-6 py-4 text-sm whitespace-pre-wrap text-slate-800">
          {message.text}
        </pre>
      </Card>
    </>
  );
}
