import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { stores } from "./stores";

export type Role = "associate" | "manager" | "admin";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    role: text("role").$type<Role>().notNull(),
    name: text("name").notNull(),
    email: text("email").unique(),
    staffNumber: text("staff_number").unique(),
    homeStoreId: integer("home_store_id").references(() => stores.id),
    passwordHash: text("password_hash"),
    pinHash: text("pin_hash"),
    // Bumped on sign-out-everywhere, disable and role change; a JWT carrying an older version is refused.
    sessionVersion: integer("session_version").notNull().default(1),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("users_store_idx").on(t.homeStoreId, t.role)],
);

/** A shared tablet registered to one store. The browser holds a random token; only its hash is stored. */
export const devices = pgTable(
  "devices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    storeId: integer("store_id").notNull().references(() => stores.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull().unique(),
    registeredBy: uuid("registered_by").references(() => users.id),
    registeredAt: timestamp("registered_at", { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
  },
  (t) => [index("devices_store_idx").on(t.storeId)],
);

/** Integration tokens for the retailer's systems; stored as a SHA-256 hash, shown once at creation. */
export const apiTokens = pgTable("api_tokens", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  prefix: text("prefix").notNull(),
  tokenHash: text("token_hash").notNull().unique(),
  storeId: integer("store_id").references(() => stores.id),
  createdBy: uuid("created_by").references(() => users.id),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
});

/** Sign-in attempts keyed by account and by device/IP; kept in the database so throttling holds across instances. */
export const loginAttempts = pgTable(
  "login_attempts",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    key: text("key").notNull(),
    ok: integer("ok").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_attempts_key_idx").on(t.key, t.at)],
);
