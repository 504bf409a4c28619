import "server-only";
import { sql } from "drizzle-orm";
import { hashSecret, hashToken } from "@/lib/auth/password";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import type { ConsentPurpose } from "@/lib/db/schema/customers";
import { bulkInsert, type Column } from "@/lib/db/bulk-insert";
import { DEMO_ADMIN_PASSWORD, DEMO_MANAGER_PASSWORD, DEMO_PIN } from "./demo-credentials";
import type { StyleSeed, VariantRow } from "./generate-catalog";
import type { ChainPlan } from "./generate-chain";
import type { StoreSeed } from "./generate-stores";
import type { SecretKind, UserRow } from "./generate-users";
import { DAY_MS } from "./time";

const storeColumns: Column<StoreSeed>[] = [
  ["id", "int", (s) => s.id], ["code", "text", (s) => s.code], ["name", "text", (s) => s.name], ["city", "text", (s) => s.city],
  ["region", "text", (s) => s.region], ["address", "text", (s) => s.address], ["postcode", "text", (s) => s.postcode],
  ["country", "text", () => "ES"], ["phone", "text", (s) => s.phone], ["lat", "float8", (s) => s.lat], ["lng", "float8", (s) => s.lng],
  ["timezone", "text", (s) => s.timezone], ["opening_hours", "jsonb", (s) => JSON.stringify(s.openingHours)],
  ["can_ship", "bool", (s) => s.canShip], ["dispatch_cutoff", "text", (s) => s.dispatchCutoff], ["processing_days", "int", (s) => s.processingDays],
];

const styleColumns: Column<StyleSeed>[] = [
  ["id", "int", (s) => s.id], ["code", "text", (s) => s.code], ["name", "text", (s) => s.name], ["brand", "text", (s) => s.brand],
  ["category", "text", (s) => s.category], ["department", "text", (s) => s.department], ["gender", "text", (s) => s.gender],
  ["description", "text", (s) => s.description], ["materials", "text", (s) => s.materials], ["price_cents", "int", (s) => s.priceCents],
  ["attributes", "jsonb", (s) => JSON.stringify(s.attributes)],
];

const variantColumns: Column<VariantRow>[] = [
  ["id", "int", (v) => v.id], ["style_id", "int", (v) => v.styleId], ["sku", "text", (v) => v.sku], ["ean", "text", (v) => v.ean],
  ["colour", "text", (v) => v.colour], ["colour_hex", "text", (v) => v.colourHex], ["size", "text", (v) => v.size],
  ["size_order", "int", (v) => v.sizeOrder], ["price_cents", "int", (v) => v.priceCents],
];

/** Serial ids were given explicitly; move the sequences past them so later inserts do not collide. */
async function bumpSequences(db: DbOrTx): Promise<void> {
  for (const table of ["stores", "styles", "variants"]) {
    await db.execute(sql.raw(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT COALESCE(MAX(id), 0) + 1 FROM ${table}), false)`));
  }
}

/** Scrypt is slow on purpose, so each demo secret is hashed once and the (salted) hash shared by every user with it. */
async function hashDemoSecrets(): Promise<Record<SecretKind, string>> {
  const [pin, manager, admin] = await Promise.all([hashSecret(DEMO_PIN), hashSecret(DEMO_MANAGER_PASSWORD), hashSecret(DEMO_ADMIN_PASSWORD)]);
  return { associate_pin: pin, manager_password: manager, admin_password: admin };
}

export type ConsentTextIds = Map<ConsentPurpose, { id: number; hash: string }>;

/** Settings, holidays, stores, catalogue, users, the demo token and consent texts. Returns the consent texts' ids. */
export async function loadReference(db: DbOrTx, plan: ChainPlan): Promise<ConsentTextIds> {
  const { params } = plan;
  const since = new Date(params.asOf.getTime() - params.historyDays * DAY_MS).toISOString();
  const asOf = params.asOf.toISOString();
  const secrets = await hashDemoSecrets();
  await bulkInsert(db, "settings", [["key", "text", (s) => s.key], ["value", "jsonb", (s) => JSON.stringify(s.value)], ["updated_at", "timestamptz", () => asOf]], plan.settings);
  await bulkInsert(db, "holidays", [["day", "date", (h) => h.day], ["country", "text", (h) => h.country], ["region", "text", (h) => h.region], ["name", "text", (h) => h.name]], plan.holidays);
  await bulkInsert(db, "stores", [...storeColumns, ["created_at", "timestamptz", () => since]], plan.stores);
  await bulkInsert(db, "styles", [...styleColumns, ["created_at", "timestamptz", () => since], ["updated_at", "timestamptz", () => asOf]], plan.catalog.styles);
  await bulkInsert(db, "variants", [...variantColumns, ["updated_at", "timestamptz", () => asOf]], plan.catalog.variants);
  await bumpSequences(db);
  const userColumns: Column<UserRow>[] = [
    ["id", "uuid", (u) => u.id], ["role", "text", (u) => u.role], ["name", "text", (u) => u.name], ["email", "text", (u) => u.email],
    ["staff_number", "text", (u) => u.staffNumber], ["home_store_id", "int", (u) => u.homeStoreId],
    ["password_hash", "text", (u) => (u.secret === "associate_pin" ? null : secrets[u.secret])],
    ["pin_hash", "text", (u) => (u.secret === "associate_pin" ? secrets.associate_pin : null)],
    ["created_at", "timestamptz", () => since], ["updated_at", "timestamptz", () => since],
  ];
  await bulkInsert(db, "users", userColumns, plan.users);
  const admin = plan.users.find((u) => u.role === "admin");
  await db.execute(sql`INSERT INTO api_tokens (name, prefix, token_hash, created_by, created_at)
    VALUES ('Demo integration', ${plan.apiToken.slice(0, 12)}, ${hashToken(plan.apiToken)}, ${admin?.id ?? null}::uuid, ${asOf}::timestamptz)`);
  const ids: ConsentTextIds = new Map();
  for (const t of plan.consentTexts) {
    const res = await db.execute(sql`INSERT INTO consent_texts (purpose, version, locale, body, text_hash, created_by, created_at)
      VALUES (${t.purpose}, ${t.version}, ${t.locale}, ${t.body}, ${t.textHash}, ${admin?.id ?? null}::uuid, ${since}::timestamptz) RETURNING id`);
    const [row] = rowsOf<{ id: number }>(res);
    if (row) ids.set(t.purpose, { id: Number(row.id), hash: t.textHash });
  }
  return ids;
}
