import { Badge } from "@/components/ui/badge";

const STATUS = {
  none: { label: "Not connected", tone: "neutral" },
  disconnected: { label: "Not connected", tone: "neutral" },
  setting_up: { label: "Setup incomplete", tone: "warning" },
  active: { label: "Connected", tone: "success" },
  needs_reconnect: { label: "Needs reconnect", tone: "danger" },
} as const;

export type ConnectionState = keyof typeof STATUS;

/** How the Lever connection stands, in one word and a colour. */
export function ConnectionStatusBadge({ status }: { status: ConnectionState }) {
  const { label, tone } = STATUS[status];
  return <Badge tone={tone}>{label}</Badge>;
}
