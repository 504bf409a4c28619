import { bigint, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, uniqueIndex } from "drizzle-orm/pg-core";
import { stores } from "./stores";
import { devices, users } from "./people";

/** A manager-written script; edits happen on the draft, publishing freezes a new version. */
export const flows = pgTable("flows", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  status: text("status").$type<"draft" | "published" | "archived">().notNull().default("draft"),
  draft: jsonb("draft").notNull(),
  currentVersion: integer("current_version"),
  // null = every store
  storeIds: jsonb("store_ids").$type<number[] | null>(),
  createdBy: uuid("created_by").references(() => users.id),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

export const flowVersions = pgTable(
  "flow_versions",
  {
    flowId: uuid("flow_id").notNull().references(() => flows.id),
    version: integer("version").notNull(),
    document: jsonb("document").notNull(),
    publishedBy: uuid("published_by").references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.flowId, t.version] })],
);

export const flowRuns = pgTable(
  "flow_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    flowId: uuid("flow_id").notNull().references(() => flows.id),
    version: integer("version").notNull(),
    userId: uuid("user_id").notNull().references(() => users.id),
    storeId: integer("store_id").notNull().references(() => stores.id),
    deviceId: uuid("device_id").references(() => devices.id),
    customerId: uuid("customer_id"),
    visitId: text("visit_id").notNull(),
    currentStep: text("current_step"),
    state: jsonb("state").notNull().default({}),
    status: text("status").$type<"active" | "finished" | "abandoned">().notNull().default("active"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("flow_runs_user_idx").on(t.userId, t.status)],
);

/** One thing done with the tool. The manager dashboards are built only on these. */
export const usageEvents = pgTable(
  "usage_events",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    // Client-generated id so events replayed from an offline tablet are stored once.
    clientId: text("client_id"),
    type: text("type").notNull(),
    storeId: integer("store_id"),
    userId: uuid("user_id"),
    deviceId: uuid("device_id"),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index("usage_events_store_idx").on(t.storeId, t.occurredAt),
    index("usage_events_received_idx").on(t.receivedAt),
    // Roll-ups rebuild whole days and chain-wide reads scan by time: they need time first.
    index("usage_events_occurred_idx").on(t.occurredAt),
    uniqueIndex("usage_events_client_idx").on(t.clientId),
  ],
);

/** Who looked at or changed what; personal-data views by a person are always written here. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid("actor_user_id"),
    actorTokenId: uuid("actor_token_id"),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    storeId: integer("store_id"),
    deviceId: uuid("device_id"),
    screen: text("screen"),
    detail: jsonb("detail").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("audit_log_entity_idx").on(t.entity, t.entityId, t.at), index("audit_log_actor_idx").on(t.actorUserId, t.at)],
);
