import { TriangleAlert } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";

/** Shown on every dashboard page while Lever refuses our access. */
export function ReconnectBanner() {
  return (
    <div
      role="status"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800"
    >
      <p className="flex items-center gap-2">
        <TriangleAlert className="size-4 shrink-0" aria-hidden />
        Lever access was revoked or expired. Candidates are not invited and
        results are not posted until the connection is restored.
      </p>
      <Button asChild size="sm" variant="danger">
        <Link href="/development/integration-partners">Reconnect</Link>
      </Button>
    </div>
  );
}
