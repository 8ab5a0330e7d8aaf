import { z } from "zod";

export const newReportLinkSchema = z.object({
  invitationId: z.uuid("That invitation does not exist."),
  // A date input sends "" when left empty: no expiry. The link works
  // through the whole chosen day, in UTC.
  expiresOn: z
    .union([z.literal(""), z.iso.date("Use a date such as 2025-03-31.")])
    .optional()
    .transform((day) => (day ? new Date(`${day}T23:59:59.999Z`) : null)),
});

export const revokeReportLinkSchema = z.object({
  linkId: z.uuid("That link does not exist."),
});
