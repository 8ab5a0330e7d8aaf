import type { ComponentProps } from "react";

import { Badge } from "@/components/ui/badge";
import type { StepOutcome } from "@/lib/invitations/timeline";

const OUTCOMES: Record<
  StepOutcome,
  { label: string; tone: ComponentProps<typeof Badge>["tone"] }
> = {
  ok: { label: "OK", tone: "success" },
  skipped: { label: "Skipped", tone: "neutral" },
  waiting: { label: "Waiting", tone: "warning" },
  failed: { label: "Failed", tone: "danger" },
};

/** How a timeline step ended. */
export function OutcomeBadge({ outcome }: { outcome: StepOutcome }) {
  const { label, tone } = OUTCOMES[outcome];
  return <Badge tone={tone}>{label}</Badge>;
}
