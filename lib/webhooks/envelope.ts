import { z } from "zod";

/** The fields every Lever delivery carries, whatever its event. */
export const envelopeSchema = z.object({
  triggeredAt: z.number().int().positive(),
  event: z.string().min(1).max(100),
  token: z.string().min(1).max(200),
  signature: z.string().min(1).max(200),
  data: z.record(z.string(), z.unknown()),
});

export type Envelope = z.infer<typeof envelopeSchema>;

const leverId = z.string().min(1).max(200);

// Only the fields Hallo reads are checked; Lever may add more. The data is
// a hint (the signature does not cover it): ids to look up, nothing more.
const EVENT_DATA = {
  candidateStageChange: z.looseObject({
    opportunityId: leverId,
    toStageId: leverId,
    fromStageId: leverId.nullish(),
  }),
  candidateArchiveChange: z.looseObject({ opportunityId: leverId }),
  candidateDeleted: z.looseObject({ opportunityId: leverId }),
};

export type HandledEvent = keyof typeof EVENT_DATA;

export type DeliveryFacts = {
  event: string;
  handled: boolean;
  opportunityId: string | null;
};

export function isHandledEvent(event: string): event is HandledEvent {
  return Object.hasOwn(EVENT_DATA, event);
}

/**
 * What a delivery is about, or why its data has the wrong shape. Lever's
 * test delivery (empty `data`) and events Hallo does not act on are valid.
 */
export function readDelivery(
  envelope: Envelope,
): { ok: true; facts: DeliveryFacts } | { ok: false; reason: string } {
  const { event, data } = envelope;
  if (!isHandledEvent(event) || Object.keys(data).length === 0) {
    return { ok: true, facts: { event, handled: false, opportunityId: null } };
  }

  const parsed = EVENT_DATA[event].safeParse(data);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join(".") || "data";
    return {
      ok: false,
      reason: `${event} data is missing or has a bad ${field}`,
    };
  }
  return {
    ok: true,
    facts: { event, handled: true, opportunityId: parsed.data.opportunityId },
  };
}

export function stageChangeData(data: Record<string, unknown>) {
  return EVENT_DATA.candidateStageChange.parse(data);
}
