"use client";

import { ChevronDown } from "lucide-react";

import { STATUS_LABELS } from "@/components/candidates/status-badge";
import { Label } from "@/components/ui/label";
import {
  Popover,
  PopoverContent,
  PopoverTrigger,
} from "@/components/ui/popover";
import {
  INVITATION_STATUSES,
  type InvitationStatus,
} from "@/lib/invitations/list-params";

import { useSyncedValue } from "./use-synced-value";

type Props = {
  chosen: InvitationStatus[];
  onChange: (statuses: InvitationStatus[]) => void;
};

function summary(chosen: InvitationStatus[]): string {
  if (chosen.length === 0) return "Any status";
  if (chosen.length === 1) return STATUS_LABELS[chosen[0]!];
  return `${chosen.length} statuses`;
}

/** Several statuses at once, as checkboxes in a popover. */
export function StatusFilter(props: Props) {
  // Held locally too, so a box shows its tick before the list reloads.
  const [joined, setJoined] = useSyncedValue(props.chosen.join(","));
  const chosen = INVITATION_STATUSES.filter((s) =>
    joined.split(",").includes(s),
  );

  function choose(next: InvitationStatus[]) {
    const ordered = INVITATION_STATUSES.filter((s) => next.includes(s));
    setJoined(ordered.join(","));
    props.onChange(ordered);
  }

  function toggle(status: InvitationStatus, on: boolean) {
    choose(on ? [...chosen, status] : chosen.filter((s) => s !== status));
  }

  return (
    <div className="grid gap-1.5">
      <Label htmlFor="filter-status">Status</Label>
      <Popover>
        <PopoverTrigger
          id="filter-status"
          className="flex h-9 w-full items-center justify-between gap-2 rounded-md border border-slate-300 bg-white px-3 text-left text-sm shadow-sm focus-visible:ring-2 focus-visible:ring-brand-100 focus-visible:outline-none"
        >
          <span className="truncate">{summary(chosen)}</span>
          <ChevronDown className="size-4 text-slate-500" aria-hidden />
        </PopoverTrigger>
        <PopoverContent className="min-w-56 p-2">
          <fieldset className="grid gap-1">
            <legend className="sr-only">Show invitations that are</legend>
            {INVITATION_STATUSES.map((status) => (
              <label
                key={status}
                className="flex items-center gap-2 rounded px-2 py-1 text-sm hover:bg-slate-50"
              >
                <input
                  type="checkbox"
                  className="size-4 accent-brand-600"
                  checked={chosen.includes(status)}
                  onChange={(event) => toggle(status, event.target.checked)}
                />
                {STATUS_LABELS[status]}
              </label>
            ))}
          </fieldset>
          {chosen.length > 0 ? (
            <button
              type="button"
              className="mt-1 w-full rounded px-2 py-1 text-left text-sm text-brand-700 hover:bg-slate-50"
              onClick={() => choose([])}
            >
              Any status
            </button>
          ) : null}
        </PopoverContent>
      </Popover>
    </div>
  );
}
