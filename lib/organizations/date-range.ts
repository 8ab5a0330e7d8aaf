import { z } from "zod";

const DAY_MS = 86_400_000;

const day = z.iso.date().optional().catch(undefined);

/** `?from=2025-01-01&to=2025-01-31` on the overview; bad values are dropped. */
export const dateRangeSchema = z
  .object({ from: day, to: day })
  .transform((range) =>
    range.from && range.to && range.from > range.to
      ? { from: range.to, to: range.from }
      : range,
  );

export type DateRange = z.infer<typeof dateRangeSchema>;

/**
 * The range as instants: `to` is a whole UTC day, so the range ends at
 * the start of the next one.
 */
export function rangeBounds(range: DateRange) {
  return {
    start: range.from ? new Date(`${range.from}T00:00:00Z`) : null,
    end: range.to
      ? new Date(new Date(`${range.to}T00:00:00Z`).getTime() + DAY_MS)
      : null,
  };
}
