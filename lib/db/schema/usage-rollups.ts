import { date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Stands in for "no user" / "no device" in the roll-up key: NULLs never collide, so upserts and re-runs would duplicate. */
export const NO_ID = "00000000-0000-0000-0000-000000000000";

/**
 * Usage events counted per store-local day (Europe/Madrid for every store today; a per-store
 * time zone can replace it when the chain opens outside peninsular Spain), store, person, device and type.
 * Rebuilt whole days at a time by refreshRollups, so it is always equal to a count over the raw events.
 */
export const usageDaily = pgTable(
  "usage_daily",
  {
    day: date("day", { mode: "string" }).notNull(),
    // 0 = an event without a store (an admin at a desk).
    storeId: integer("store_id").notNull(),
    userId: uuid("user_id").notNull().default(NO_ID),
    deviceId: uuid("device_id").notNull().default(NO_ID),
    type: text("type").notNull(),
    events: integer("events").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.storeId, t.userId, t.deviceId, t.type] })],
);

/** Where the last roll-up stopped: the largest received_at it counted. One row per roll-up name. */
export const usageRollupState = pgTable("usage_rollup_state", {
  name: text("name").primaryKey(),
  watermark: timestamp("watermark", { withTimezone: true }).notNull(),
  // Raw events before this local day are pruned: those days are only ever added to, never rebuilt.
  prunedBefore: date("pruned_before", { mode: "string" }),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
});
