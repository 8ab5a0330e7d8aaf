import { Badge } from "@/components/ui/badge";
import type { EmailStatus } from "@/lib/email/outbox";

type Tone = "neutral" | "brand" | "success" | "warning" | "danger";

export const EMAIL_STATUSES = {
  outbox: { tone: "brand", label: "In outbox" },
  sent: { tone: "success", label: "Sent" },
  failed: { tone: "warning", label: "Failed" },
  bounced: { tone: "danger", label: "Bounced" },
  sending: { tone: "neutral", label: "Sending" },
} satisfies Record<EmailStatus, { tone: Tone; label: string }>;

export const EMAIL_KIND_LABELS = {
  invitation: "Invitation",
  reminder: "Reminder",
} as const;

export function EmailStatusBadge({ status }: { status: EmailStatus }) {
  const { tone, label } = EMAIL_STATUSES[status];
  return <Badge tone={tone}>{label}</Badge>;
}
