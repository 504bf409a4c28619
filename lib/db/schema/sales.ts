import { bigint, boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stores } from "./stores";
import { variants } from "./catalog";
import { customers } from "./customers";
import { users } from "./people";

/** Completed purchases across channels (store tills and the online shop): the history recommendations learn from. */
export const sales = pgTable(
  "sales",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    channel: text("channel").$type<"store" | "online" | "order">().notNull(),
    storeId: integer("store_id").references(() => stores.id),
    customerId: uuid("customer_id").references(() => customers.id),
    userId: uuid("user_id").references(() => users.id),
    orderId: uuid("order_id"),
    totalCents: integer("total_cents").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull(),
  },
  (t) => [index("sales_customer_idx").on(t.customerId, t.at), index("sales_store_idx").on(t.storeId, t.at), index("sales_at_idx").on(t.at)],
);

export const saleLines = pgTable(
  "sale_lines",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    saleId: uuid("sale_id").notNull().references(() => sales.id),
    variantId: integer("variant_id").notNull().references(() => variants.id),
    styleId: integer("style_id").notNull(),
    qty: integer("qty").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
  },
  (t) => [index("sale_lines_sale_idx").on(t.saleId), index("sale_lines_style_idx").on(t.styleId)],
);

export type OrderStatus = "placed" | "picking" | "shipped" | "delivered" | "picked_up" | "cancelled";
export type Address = { name: string; line1: string; line2?: string; city: string; postcode: string; country: string; phone?: string };

export const orders = pgTable(
  "orders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    number: text("number").notNull().unique(),
    customerId: uuid("customer_id").notNull().references(() => customers.id),
    storeId: integer("store_id").notNull().references(() => stores.id),
    createdBy: uuid("created_by").references(() => users.id),
    status: text("status").$type<OrderStatus>().notNull().default("placed"),
    fulfilment: text("fulfilment").$type<"delivery" | "pickup">().notNull(),
    pickupStoreId: integer("pickup_store_id").references(() => stores.id),
    address: jsonb("address").$type<Address>(),
    promiseDate: date("promise_date"),
    totalCents: integer("total_cents").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("orders_customer_idx").on(t.customerId, t.createdAt), index("orders_store_idx").on(t.storeId, t.createdAt)],
);

export const orderLines = pgTable(
  "order_lines",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    variantId: integer("variant_id").notNull().references(() => variants.id),
    sourceStoreId: integer("source_store_id").notNull().references(() => stores.id),
    // take_now lines are sold from this store's floor; ship lines reserve stock at the source store.
    kind: text("kind").$type<"ship" | "take_now">().notNull(),
    qty: integer("qty").notNull(),
    unitPriceCents: integer("unit_price_cents").notNull(),
    status: text("status").$type<OrderStatus>().notNull().default("placed"),
    promiseDate: date("promise_date"),
    carrier: text("carrier"),
    trackingNumber: text("tracking_number"),
    releasedStock: boolean("released_stock").notNull().default(false),
  },
  (t) => [index("order_lines_order_idx").on(t.orderId), index("order_lines_source_idx").on(t.sourceStoreId, t.status)],
);

/** Status history of an order; the id doubles as the cursor of the integrators' events feed. */
export const orderEvents = pgTable(
  "order_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    orderId: uuid("order_id").notNull().references(() => orders.id),
    lineId: uuid("line_id"),
    status: text("status").$type<OrderStatus>().notNull(),
    note: text("note").notNull().default(""),
    userId: uuid("user_id").references(() => users.id),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("order_events_order_idx").on(t.orderId, t.at)],
);

/** A unit reserved at a store while the customer decides or until pickup; expires by itself. */
export const holds = pgTable(
  "holds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    variantId: integer("variant_id").notNull().references(() => variants.id),
    storeId: integer("store_id").notNull().references(() => stores.id),
    requestedByStoreId: integer("requested_by_store_id").notNull().references(() => stores.id),
    qty: integer("qty").notNull().default(1),
    kind: text("kind").$type<"decide" | "pickup">().notNull(),
    status: text("status").$type<"active" | "converted" | "expired" | "released">().notNull().default("active"),
    customerId: uuid("customer_id").references(() => customers.id),
    orderId: uuid("order_id").references(() => orders.id),
    createdBy: uuid("created_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [index("holds_active_idx").on(t.status, t.expiresAt), index("holds_variant_idx").on(t.variantId, t.storeId)],
);

/** Idempotency-Key records: a repeat of a finished request returns the stored response. */
export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    actorKey: text("actor_key").notNull(),
    key: text("key").notNull(),
    scope: text("scope").notNull(),
    requestHash: text("request_hash").notNull(),
    state: text("state").$type<"running" | "done">().notNull(),
    responseStatus: integer("response_status"),
    responseBody: jsonb("response_body"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: date("expires_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.actorKey, t.key] }), index("idempotency_expiry_idx").on(t.expiresAt)],
);

/** Emails waiting to be sent by the worker (SMTP, or .eml files when no SMTP is configured). */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    kind: text("kind").notNull(),
    refId: uuid("ref_id"),
    status: text("status").$type<"queued" | "sent" | "failed">().notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
  },
  (t) => [index("email_outbox_status_idx").on(t.status, t.createdAt)],
);
