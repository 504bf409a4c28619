import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { holidays, settings, stock, stores, styles, users, variants } from "@/lib/db/schema";

/**
 * A small chain for integration tests: four stores (two in Madrid, Barcelona, Las Palmas), one style in
 * Black with sizes 37-39, stock set per test, an associate at MAD01 and an admin. Independent of the seed.
 */
export type TestChain = {
  stores: { MAD01: number; MAD02: number; BCN01: number; LPA01: number };
  variants: { black37: number; black38: number; black39: number };
  associate: Actor;
  associateAtMad02: Actor;
  admin: Actor;
  token: Actor;
};

const HOURS = { "0": [], "1": [["10:00", "21:00"]], "2": [["10:00", "21:00"]], "3": [["10:00", "21:00"]], "4": [["10:00", "21:00"]], "5": [["10:00", "21:00"]], "6": [["10:00", "21:00"]] } as const;

export async function createTestChain(db: Db): Promise<TestChain> {
  const storeRows = await db
    .insert(stores)
    .values([
      { code: "MAD01", name: "Madrid Centro", city: "Madrid", region: "MD", address: "Calle Preciados 10", postcode: "28013", phone: "+34910000001", lat: 40.4183, lng: -3.7057, timezone: "Europe/Madrid", openingHours: structuredClone(HOURS) as never },
      { code: "MAD02", name: "Madrid Salamanca", city: "Madrid", region: "MD", address: "Calle Serrano 50", postcode: "28001", phone: "+34910000002", lat: 40.4296, lng: -3.6874, timezone: "Europe/Madrid", openingHours: structuredClone(HOURS) as never },
      { code: "BCN01", name: "Barcelona Diagonal", city: "Barcelona", region: "CT", address: "Avinguda Diagonal 1", postcode: "08019", phone: "+34930000001", lat: 41.3874, lng: 2.1686, timezone: "Europe/Madrid", openingHours: structuredClone(HOURS) as never },
      { code: "LPA01", name: "Las Palmas Triana", city: "Las Palmas", region: "CN", address: "Calle Triana 1", postcode: "35002", phone: "+34928000001", lat: 28.1235, lng: -15.4363, timezone: "Atlantic/Canary", openingHours: structuredClone(HOURS) as never },
    ])
    .returning({ id: stores.id, code: stores.code });
  const id = (code: string) => storeRows.find((s) => s.code === code)!.id;
  const [style] = await db
    .insert(styles)
    .values({ code: "T-AB-1", name: "Aria Leather Ankle Boot", brand: "Suela Madre", category: "ankle-boots", department: "women", gender: "women", priceCents: 12995 })
    .returning({ id: styles.id });
  const vs = await db
    .insert(variants)
    .values(
      ["37", "38", "39"].map((size, i) => ({ styleId: style!.id, sku: `T-AB-1-BLK-${size}`, ean: `84000000000${i}${i}`, colour: "Black", size, sizeOrder: i, priceCents: 12995 })),
    )
    .returning({ id: variants.id, size: variants.size });
  const vid = (size: string) => vs.find((v) => v.size === size)!.id;
  const [assoc, assoc2, admin] = await db
    .insert(users)
    .values([
      { role: "associate", name: "Marta", homeStoreId: id("MAD01") },
      { role: "associate", name: "Pablo", homeStoreId: id("MAD02") },
      { role: "admin", name: "Head Office" },
    ])
    .returning({ id: users.id });
  await db.insert(settings).values({ key: "hold_minutes", value: 30 }).onConflictDoNothing();
  await db.insert(holidays).values({ day: "2026-12-25", country: "ES", region: "", name: "Christmas Day" }).onConflictDoNothing();
  const user = (u: { id: string }, name: string, role: "associate" | "admin", storeId: number | null): Actor => ({
    kind: "user",
    userId: u.id,
    role,
    name,
    storeId,
    deviceId: null,
    deviceStoreId: null,
  });
  return {
    stores: { MAD01: id("MAD01"), MAD02: id("MAD02"), BCN01: id("BCN01"), LPA01: id("LPA01") },
    variants: { black37: vid("37"), black38: vid("38"), black39: vid("39") },
    associate: user(assoc!, "Marta", "associate", id("MAD01")),
    associateAtMad02: user(assoc2!, "Pablo", "associate", id("MAD02")),
    admin: user(admin!, "Head Office", "admin", null),
    token: { kind: "token", tokenId: "00000000-0000-4000-8000-000000000001", role: "integration", name: "OMS", storeId: null, deviceId: null, deviceStoreId: null },
  };
}

/** Sets on-hand units (and optionally reserved) for a variant at a store. */
export async function setStock(db: Db, variantId: number, storeId: number, onHand: number, reserved = 0): Promise<void> {
  await db
    .insert(stock)
    .values({ variantId, storeId, onHand, reserved })
    .onConflictDoUpdate({ target: [stock.variantId, stock.storeId], set: { onHand, reserved } });
}

export async function stockAt(db: Db, variantId: number, storeId: number): Promise<{ onHand: number; reserved: number }> {
  const [row] = await db.select({ onHand: stock.onHand, reserved: stock.reserved }).from(stock).where(and(eq(stock.variantId, variantId), eq(stock.storeId, storeId)));
  return row ?? { onHand: 0, reserved: 0 };
}

export async function countRows(db: Db, table: "orders" | "order_lines" | "holds" | "email_outbox" | "sales" | "customers" | "idempotency_keys"): Promise<number> {
  const res = (await db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))) as unknown as { rows: { n: number }[] };
  return Number(res.rows[0]?.n ?? 0);
}
