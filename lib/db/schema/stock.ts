import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { stores } from "./stores";
import { variants } from "./catalog";

/** Units per store and variant. Available = on_hand - reserved; the CHECK is the last line against overselling. */
export const stock = pgTable(
  "stock",
  {
    variantId: integer("variant_id").notNull().references(() => variants.id),
    storeId: integer("store_id").notNull().references(() => stores.id),
    onHand: integer("on_hand").notNull().default(0),
    reserved: integer("reserved").notNull().default(0),
    // Source time of the last absolute count applied: older events never overwrite it.
    countedAt: timestamp("counted_at", { withTimezone: true }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.variantId, t.storeId] }),
    index("stock_store_idx").on(t.storeId, t.variantId),
    index("stock_updated_idx").on(t.storeId, t.updatedAt),
    check("stock_reserved_range", sql`${t.reserved} >= 0 AND ${t.reserved} <= ${t.onHand}`),
    check("stock_on_hand_nonneg", sql`${t.onHand} >= 0`),
  ],
);

/** Every stock event received from an integration, so replays are recognised and ignored. */
export const stockEvents = pgTable(
  "stock_events",
  {
    source: text("source").notNull(),
    eventId: text("event_id").notNull(),
    variantId: integer("variant_id").notNull(),
    storeId: integer("store_id").notNull(),
    kind: text("kind").$type<"absolute" | "delta">().notNull(),
    quantity: integer("quantity").notNull(),
    sourceTs: timestamp("source_ts", { withTimezone: true }).notNull(),
    outcome: text("outcome").$type<"applied" | "stale">().notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.eventId] })],
);
