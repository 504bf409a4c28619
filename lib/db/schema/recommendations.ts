import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, uuid } from "drizzle-orm/pg-core";

/** Co-occurrence counted from sales: in one basket, or bought by one customer within 90 days. */
export type RecCountKind = "co_basket" | "co_customer";
/** What a materialised neighbour list was learned from. */
export type RecPairKind = RecCountKind | "similar";

/**
 * Raw co-occurrence counts, both directions stored. `weighted` sums exp((t - epoch) / tau) over the
 * co-purchases, so later sales add to it without re-decaying the rest (ranking is scale-free); `raw` is the plain count.
 */
export const recPairCounts = pgTable(
  "rec_pair_counts",
  {
    styleId: integer("style_id").notNull(),
    kind: text("kind").$type<RecCountKind>().notNull(),
    otherStyleId: integer("other_style_id").notNull(),
    weighted: doublePrecision("weighted").notNull(),
    raw: integer("raw").notNull(),
    lastAt: timestamp("last_at", { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.styleId, t.kind, t.otherStyleId] })],
);

/** Per-style popularity in the same growing-weight units: sales containing the style, chain-wide. */
export const recStyleCounts = pgTable("rec_style_counts", {
  styleId: integer("style_id").primaryKey(),
  weighted: doublePrecision("weighted").notNull(),
  raw: integer("raw").notNull(),
  lastAt: timestamp("last_at", { withTimezone: true }).notNull(),
});

/** Units sold per store and style (store 0 = the whole chain), weighted with a short half-life: "popular here now". */
export const recStorePopularity = pgTable(
  "rec_store_popularity",
  {
    storeId: integer("store_id").notNull(),
    styleId: integer("style_id").notNull(),
    weighted: doublePrecision("weighted").notNull(),
    raw: integer("raw").notNull(),
  },
  (t) => [primaryKey({ columns: [t.storeId, t.styleId] }), index("rec_store_popularity_top_idx").on(t.storeId, t.weighted.desc())],
);

/** The top neighbours per style and kind, read by serving: one indexed read of at most K rows per kind. */
export const recItemPairs = pgTable(
  "rec_item_pairs",
  {
    styleId: integer("style_id").notNull(),
    kind: text("kind").$type<RecPairKind>().notNull(),
    otherStyleId: integer("other_style_id").notNull(),
    score: real("score").notNull(),
    /** Raw co-purchases behind a co_* score ("bought together 42 times"); 0 for similar. */
    support: integer("support").notNull(),
    reasonData: jsonb("reason_data").$type<Record<string, string | number | string[]>>().notNull().default({}),
  },
  (t) => [primaryKey({ columns: [t.styleId, t.kind, t.otherStyleId] }), index("rec_item_pairs_top_idx").on(t.styleId, t.kind, t.score.desc())],
);

/** Job bookkeeping: the sale-line watermark, the weight epoch, the catalogue fingerprint. */
export const recState = pgTable("rec_state", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Suggestions shown to a known customer and what came of them: shown twice, never opened or taken = declined. */
export const recImpressions = pgTable(
  "rec_impressions",
  {
    customerId: uuid("customer_id").notNull(),
    styleId: integer("style_id").notNull(),
    shownCount: integer("shown_count").notNull().default(0),
    firstShownAt: timestamp("first_shown_at", { withTimezone: true }).notNull(),
    lastShownAt: timestamp("last_shown_at", { withTimezone: true }).notNull(),
    openedAt: timestamp("opened_at", { withTimezone: true }),
    takenAt: timestamp("taken_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.customerId, t.styleId] })],
);
