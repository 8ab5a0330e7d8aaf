import type { ComponentProps } from "react";

import { Badge } from "@/components/ui/badge";
import type { InvitationStatus } from "@/lib/invitations/list-params";

type Tone = ComponentProps<typeof Badge>["tone"];

export const STATUS_LABELS: Record<InvitationStatus, string> = {
  created: "Created",
  sent: "Sent",
  opened: "Opened",
  started: "Started",
  completed: "Completed",
  scored: "Scored",
  reported: "Reported to Lever",
  expired: "Expired",
  cancelled: "Cancelled",
  failed: "Failed",
};

const TONES: Record<InvitationStatus, Tone> = {
  created: "neutral",
  sent: "brand",
  opened: "brand",
  started: "brand",
  completed: "success",
  scored: "success",
  reported: "success",
  expired: "warning",
  cancelled: "neutral",
  failed: "danger",
};

/** Where an invitation stands, as a coloured label. */
export function StatusBadge({ status }: { status: InvitationStatus }) {
  return (
    <Badge tone={TONES[status]} className="whitespace-nowrap">
      {STATUS_LABELS[status]}
    </Badge>
  );
}
