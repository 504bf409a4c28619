import { sql } from "drizzle-orm";
import { bigint, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";

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
  // A store's (or an associate's) days without scanning every store's rows for those days.
  (t) => [primaryKey({ columns: [t.day, t.storeId, t.userId, t.deviceId, t.type] }), index("usage_daily_store_day_idx").on(t.storeId, t.day)],
);

/** Where the last roll-up stopped: the largest received_at it counted. One row per roll-up name. */
export const usageRollupState = pgTable("usage_rollup_state", {
  name: text("name").primaryKey(),
  watermark: timestamp("watermark", { withTimezone: true }).notNull(),
  // Raw events before this local day are pruned: those days are only ever added to, never rebuilt.
  prunedBefore: date("pruned_before", { mode: "string" }),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
});

/*
 * Coarser roll-ups derived from usage_daily (and, for facets, from the raw payloads) for the same days, so a
 * region or the whole chain reads thousands of rows, not millions. Counts arrays are indexed like
 * USAGE_EVENT_TYPES (position + 1); that list is append-only, so older rows are simply shorter.
 */

/** Events per store and day, one count per event type. */
export const usageDailyStore = pgTable(
  "usage_daily_store",
  {
    day: date("day", { mode: "string" }).notNull(),
    storeId: integer("store_id").notNull(),
    counts: integer("counts").array().notNull(),
    /** Summed from usage_daily_time, so a region or the chain reads time off this table too. */
    inUseMs: bigint("in_use_ms", { mode: "number" }).notNull().default(0),
    offlineMs: bigint("offline_ms", { mode: "number" }).notNull().default(0),
  },
  // Day first serves the chain and the rebuild of a day; store first serves a store or a region.
  (t) => [primaryKey({ columns: [t.day, t.storeId] }), index("usage_daily_store_store_idx").on(t.storeId, t.day)],
);

/** Events per person, store and day (who was active, and the per-associate figures). */
export const usageDailyPeople = pgTable(
  "usage_daily_people",
  {
    day: date("day", { mode: "string" }).notNull(),
    storeId: integer("store_id").notNull(),
    userId: uuid("user_id").notNull(),
    counts: integer("counts").array().notNull(),
    inUseMs: bigint("in_use_ms", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.storeId, t.userId] }), index("usage_daily_people_store_idx").on(t.storeId, t.day, t.userId)],
);

/** Events per tablet and day: active tablets per day, and when each was last used. */
export const usageDailyDevices = pgTable(
  "usage_daily_devices",
  {
    day: date("day", { mode: "string" }).notNull(),
    storeId: integer("store_id").notNull(),
    deviceId: uuid("device_id").notNull(),
    events: integer("events").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.storeId, t.deviceId] }),
    index("usage_daily_devices_device_idx").on(t.deviceId, t.day),
    index("usage_daily_devices_store_idx").on(t.storeId, t.day, t.deviceId),
  ],
);

/**
 * Payload breakdowns the dashboards show, per store and day: order_placed by source store (facet = store id,
 * value = cents), consent_recorded by purpose and decision, flow steps by flow and step.
 */
export const usageDailyFacets = pgTable(
  "usage_daily_facets",
  {
    day: date("day", { mode: "string" }).notNull(),
    storeId: integer("store_id").notNull(),
    type: text("type").notNull(),
    facet: text("facet").notNull(),
    events: integer("events").notNull(),
    value: bigint("value", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.storeId, t.type, t.facet] }), index("usage_daily_facets_store_idx").on(t.storeId, t.type, t.day)],
);

/** The same facets summed over every store: the chain view reads a few hundred rows a day. */
export const usageDailyChainFacets = pgTable(
  "usage_daily_chain_facets",
  {
    day: date("day", { mode: "string" }).notNull(),
    type: text("type").notNull(),
    facet: text("facet").notNull(),
    events: integer("events").notNull(),
    value: bigint("value", { mode: "number" }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.day, t.type, t.facet] })],
);

/**
 * Time per person, tablet and local day: minutes in use (from the gaps between their events, see inUseMs) and time
 * the tablet spent offline (offline_period events, dated by when the connection dropped).
 */
export const usageDailyTime = pgTable(
  "usage_daily_time",
  {
    day: date("day", { mode: "string" }).notNull(),
    storeId: integer("store_id").notNull(),
    userId: uuid("user_id").notNull(),
    deviceId: uuid("device_id").notNull(),
    inUseMs: bigint("in_use_ms", { mode: "number" }).notNull().default(0),
    offlineMs: bigint("offline_ms", { mode: "number" }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.storeId, t.userId, t.deviceId] }),
    index("usage_daily_time_store_idx").on(t.storeId, t.day),
    // Few rows have offline time: the per-tablet offline list reads only those.
    index("usage_daily_time_offline_idx").on(t.day, t.storeId).where(sql`offline_ms > 0`),
  ],
);
