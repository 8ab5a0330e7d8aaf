import type { integrityKind } from "@/db/schema";

type IntegrityKind = (typeof integrityKind.enumValues)[number];

export type IntegrityEvent = {
  kind: IntegrityKind;
  taskId: string | null;
  amount: number | null;
  at: Date;
};

export type IntegritySummary = ReturnType<typeof summarizeIntegrity>;

/** Counts per signal, for the panel's headline figures. */
export function summarizeIntegrity(
  events: IntegrityEvent[],
  snapshotCount: number,
) {
  const of = (...kinds: IntegrityKind[]) =>
    events.filter((event) => kinds.includes(event.kind));
  const total = (list: IntegrityEvent[]) =>
    list.reduce((sum, event) => sum + (event.amount ?? 0), 0);

  const leaving = of("tab_hidden", "window_blur");
  const pastes = of("paste");
  return {
    tabSwitches: leaving.length,
    secondsAway: Math.round(total(leaving)),
    pastes: pastes.length,
    charactersPasted: Math.round(total(pastes)),
    missingSnapshots: of("snapshot_missing").length,
    cameraUnavailable: of("camera_unavailable").length > 0,
    snapshots: snapshotCount,
    events,
  };
}
