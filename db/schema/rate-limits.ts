import { integer, pgTable, timestamp, varchar } from "drizzle-orm/pg-core";

// Counters owned by rate-limiter-flexible; the column names are the ones
// that library reads and writes.
export const rateLimits = pgTable("rate_limits", {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: timestamp({ withTimezone: true }),
});
