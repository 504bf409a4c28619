import { boolean, date, doublePrecision, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from "drizzle-orm/pg-core";

/** Opening hours per weekday (0 = Sunday), each a list of [open, close] "HH:MM" pairs in the store's time zone. */
export type OpeningHours = Record<"0" | "1" | "2" | "3" | "4" | "5" | "6", [string, string][]>;

export const stores = pgTable("stores", {
  id: serial("id").primaryKey(),
  code: text("code").notNull().unique(),
  name: text("name").notNull(),
  city: text("city").notNull(),
  region: text("region").notNull(),
  address: text("address").notNull(),
  postcode: text("postcode").notNull(),
  country: text("country").notNull().default("ES"),
  phone: text("phone").notNull(),
  lat: doublePrecision("lat").notNull(),
  lng: doublePrecision("lng").notNull(),
  timezone: text("timezone").notNull(),
  openingHours: jsonb("opening_hours").$type<OpeningHours>().notNull(),
  canShip: boolean("can_ship").notNull().default(true),
  // Orders confirmed before the cut-off (store-local time) start processing that day.
  dispatchCutoff: text("dispatch_cutoff").notNull().default("15:00"),
  processingDays: integer("processing_days").notNull().default(1),
  active: boolean("active").notNull().default(true),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** Public holidays: region "" means the whole country. Used by promise dates and opening hours. */
export const holidays = pgTable(
  "holidays",
  {
    day: date("day").notNull(),
    country: text("country").notNull().default("ES"),
    region: text("region").notNull().default(""),
    name: text("name").notNull(),
  },
  (t) => [primaryKey({ columns: [t.day, t.country, t.region] })],
);

/** Chain-wide settings an admin can change (hold length, stale-figure threshold, retention...). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
