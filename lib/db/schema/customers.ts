import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uuid, date } from "drizzle-orm/pg-core";
import { stores } from "./stores";
import { devices, users } from "./people";

export type CustomerSizes = { shoe?: string; tops?: string; bottoms?: string };
export type CustomerPreferences = { brands?: string[]; colours?: string[]; fit?: string[]; avoid?: string[] };
export type ImportantDate = { label: string; date: string };

export const customers = pgTable(
  "customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    firstName: text("first_name").notNull(),
    lastName: text("last_name").notNull().default(""),
    phoneE164: text("phone_e164"),
    emailNorm: text("email_norm"),
    // Lower-cased, accent-free "first last" for tolerant name matching.
    nameSearch: text("name_search").notNull(),
    homeStoreId: integer("home_store_id").references(() => stores.id),
    sizes: jsonb("sizes").$type<CustomerSizes>().notNull().default({}),
    preferences: jsonb("preferences").$type<CustomerPreferences>().notNull().default({}),
    importantDates: jsonb("important_dates").$type<ImportantDate[]>().notNull().default([]),
    birthday: date("birthday"),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    mergedInto: uuid("merged_into"),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    index("customers_phone_idx").on(t.phoneE164),
    index("customers_email_idx").on(t.emailNorm),
    index("customers_store_idx").on(t.homeStoreId, t.nameSearch),
  ],
);

export const customerNotes = pgTable(
  "customer_notes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    body: text("body").notNull(),
    storeId: integer("store_id").references(() => stores.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("customer_notes_customer_idx").on(t.customerId, t.createdAt)],
);

export type ConsentPurpose = "marketing_email" | "marketing_sms" | "personalisation";

/** The exact words shown to a customer, versioned per purpose and locale; records point here and keep the hash. */
export const consentTexts = pgTable(
  "consent_texts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    purpose: text("purpose").$type<ConsentPurpose>().notNull(),
    version: integer("version").notNull(),
    locale: text("locale").notNull().default("en"),
    body: text("body").notNull(),
    textHash: text("text_hash").notNull(),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consent_texts_purpose_idx").on(t.purpose, t.locale, t.version)],
);

/** Append-only (a trigger refuses edits and deletes): current consent is the latest record per purpose. */
export const consentRecords = pgTable(
  "consent_records",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    purpose: text("purpose").$type<ConsentPurpose>().notNull(),
    decision: text("decision").$type<"granted" | "withdrawn">().notNull(),
    textId: integer("text_id").notNull().references(() => consentTexts.id),
    textVersion: integer("text_version").notNull(),
    textHash: text("text_hash").notNull(),
    channel: text("channel").$type<"assisted" | "self">().notNull(),
    storeId: integer("store_id").references(() => stores.id),
    deviceId: uuid("device_id").references(() => devices.id),
    capturedBy: uuid("captured_by").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("consent_records_customer_idx").on(t.customerId, t.purpose, t.at)],
);

/** Something the customer wanted and the store could not supply. */
export const lostSales = pgTable(
  "lost_sales",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: integer("store_id").notNull().references(() => stores.id),
    userId: uuid("user_id").references(() => users.id),
    styleId: integer("style_id").notNull(),
    variantId: integer("variant_id"),
    colour: text("colour"),
    size: text("size"),
    reason: text("reason").$type<"out_of_stock_everywhere" | "price" | "customer_declined" | "other">().notNull(),
    note: text("note").notNull().default(""),
    customerId: uuid("customer_id").references(() => customers.id),
    at: timestamp("at", { withTimezone: true }).notNull().default(sql`now()`),
  },
  (t) => [index("lost_sales_store_idx").on(t.storeId, t.at), index("lost_sales_customer_idx").on(t.customerId), index("lost_sales_at_idx").on(t.at)],
);
