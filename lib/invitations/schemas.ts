import { z } from "zod";

export const EXTEND_DAYS = [3, 7, 14] as const;

export const invitationIdSchema = z.object({
  invitationId: z.uuid("That invitation does not exist."),
});

export const extendInvitationSchema = invitationIdSchema.extend({
  days: z
    .enum(
      EXTEND_DAYS.map(String) as [string, ...string[]],
      "Extend by 3, 7 or 14 days.",
    )
    .transform(Number),
});

export const retryStepSchema = z.object({
  eventId: z.uuid("That step does not exist."),
});
