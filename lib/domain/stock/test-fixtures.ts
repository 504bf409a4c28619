import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { stock, stores, styles, users, variants } from "@/lib/db/schema";
import type { OpeningHours } from "@/lib/db/schema/stores";
import type { Actor } from "@/lib/auth/actor";
import { gtinCheckDigit } from "@/lib/domain/catalog/rules";

/**
 * A small hand-made chain for integration tests, so assertions can name exact figures.
 * "now" for these fixtures is Tuesday 24 November 2026, 12:00 in Madrid (11:00 UTC).
 */
export const FIXTURE_NOW = new Date("2026-11-24T11:00:00Z");

const weekdays = (open: string, close: string): OpeningHours => ({
  "0": [],
  "1": [[open, close]],
  "2": [[open, close]],
  "3": [[open, close]],
  "4": [[open, close]],
  "5": [[open, close]],
  "6": [[open, close]],
});

const base = { address: "Calle Mayor 1", postcode: "28001", phone: "+34 910 000 000", timezone: "Europe/Madrid", openingHours: weekdays("10:00", "21:00") };

type StoreCode = "MAD01" | "MAD02" | "TOL01" | "VLC01" | "BCN01" | "BCN02" | "LPA01" | "OLD01";

export const FIXTURE_STORES: (typeof stores.$inferInsert & { code: StoreCode })[] = [
  { ...base, code: "MAD01", name: "Madrid Sol", city: "Madrid", region: "MD", lat: 40.4168, lng: -3.7038 },
  { ...base, code: "MAD02", name: "Madrid Chamberí", city: "Madrid", region: "MD", lat: 40.4334, lng: -3.7038 },
  { ...base, code: "TOL01", name: "Toledo", city: "Toledo", region: "CM", lat: 39.8628, lng: -4.0273 },
  { ...base, code: "VLC01", name: "Valencia", city: "Valencia", region: "VC", lat: 39.4699, lng: -0.3763 },
  { ...base, code: "BCN01", name: "Barcelona", city: "Barcelona", region: "CT", lat: 41.3874, lng: 2.1686 },
  // Same spot as BCN01 (one shopping centre) but shut on Tuesdays: the open one sorts first.
  { ...base, code: "BCN02", name: "Barcelona Centre 2", city: "Barcelona", region: "CT", lat: 41.3874, lng: 2.1686, openingHours: { ...weekdays("10:00", "21:00"), "2": [] } },
  { ...base, code: "LPA01", name: "Las Palmas", city: "Las Palmas", region: "CN", lat: 28.1235, lng: -15.4363, timezone: "Atlantic/Canary", canShip: false },
  { ...base, code: "OLD01", name: "Closed for good", city: "Madrid", region: "MD", lat: 40.4169, lng: -3.7039, active: false },
];

type StyleFixture = { code: string; name: string; brand: string; category: string; department: string; priceCents: number; colours: [string, string, string][]; sizes: string[]; active?: boolean };

/** [colour name, hex, SKU code] */
export const FIXTURE_STYLES: StyleFixture[] = [
  { code: "FW-AB-0001", name: "Aria Leather Ankle Boot", brand: "Suela Madre", category: "ankle-boots", department: "women", priceCents: 12995, colours: [["Black", "#1C1C1C", "BLK"], ["Tan", "#C08A5B", "TAN"]], sizes: ["36", "37", "38", "39", "40"] },
  { code: "FW-SN-0002", name: "Nimbus Runner Sneakers", brand: "Pista", category: "sneakers", department: "men", priceCents: 8995, colours: [["White", "#F4F4F0", "WHT"], ["Navy", "#1F2A44", "NVY"]], sizes: ["41", "42", "43"] },
  { code: "FW-LF-0003", name: "Córdoba Suede Loafer", brand: "Alba Atelier", category: "loafers", department: "women", priceCents: 10995, colours: [["Brown", "#6B4226", "BRN"]], sizes: ["37", "38"] },
  { code: "FW-BT-0004", name: "Chelsea Boot Classic", brand: "Norte", category: "boots", department: "men", priceCents: 14995, colours: [["Black", "#1C1C1C", "BLK"]], sizes: ["42", "43"] },
  { code: "AC-SK-0005", name: "Everyday Cotton Socks", brand: "Pista", category: "socks", department: "unisex", priceCents: 995, colours: [["Grey", "#8C8C8C", "GRY"]], sizes: ["35-38", "39-42"] },
  { code: "FW-AB-0006", name: "Aria Ghost Boot", brand: "Suela Madre", category: "ankle-boots", department: "women", priceCents: 9995, colours: [["Black", "#1C1C1C", "BLK"]], sizes: ["38"], active: false },
];

export function eanFor(n: number): string {
  const body = `84000${String(n).padStart(7, "0")}`;
  return body + String(gtinCheckDigit(body));
}

export type Fixture = {
  storeId: Record<StoreCode, number>;
  styleId: Record<string, number>;
  /** variant id by SKU */
  variantId: Record<string, number>;
  userId: string;
  associate: Actor;
};

/** Inserts the fixture chain; stock per (store, SKU) from `onHand` (missing = not carried), dated 10 minutes before FIXTURE_NOW. */
export async function insertFixture(db: Db, onHand: Record<string, Record<string, number | [number, number]>>): Promise<Fixture> {
  const storeRows = await db.insert(stores).values(FIXTURE_STORES).returning({ id: stores.id, code: stores.code });
  const storeId = Object.fromEntries(storeRows.map((s) => [s.code, s.id])) as Fixture["storeId"];
  const styleId: Record<string, number> = {};
  const variantId: Record<string, number> = {};
  let n = 1;
  for (const s of FIXTURE_STYLES) {
    const [row] = await db
      .insert(styles)
      .values({ code: s.code, name: s.name, brand: s.brand, category: s.category, department: s.department, gender: "unisex", priceCents: s.priceCents, active: s.active ?? true, images: [`/img/${s.code}.jpg`] })
      .returning({ id: styles.id });
    styleId[s.code] = row!.id;
    const rows = s.colours.flatMap(([colour, hex, cc]) =>
      s.sizes.map((size, sizeOrder) => ({ styleId: row!.id, sku: `${s.code}-${cc}-${size}`, ean: eanFor(n++), colour, colourHex: hex, size, sizeOrder, priceCents: s.priceCents })),
    );
    for (const v of await db.insert(variants).values(rows).returning({ id: variants.id, sku: variants.sku })) variantId[v.sku] = v.id;
  }
  const updatedAt = new Date(FIXTURE_NOW.getTime() - 10 * 60_000);
  const stockRows = Object.entries(onHand).flatMap(([code, bySku]) =>
    Object.entries(bySku).map(([sku, q]) => {
      const [units, reserved] = Array.isArray(q) ? q : [q, 0];
      const v = variantId[sku];
      if (v === undefined) throw new Error(`fixture: unknown SKU ${sku}`);
      return { storeId: storeId[code as keyof Fixture["storeId"]], variantId: v, onHand: units, reserved, updatedAt, countedAt: updatedAt };
    }),
  );
  if (stockRows.length) await db.insert(stock).values(stockRows);
  await db.execute(sql`INSERT INTO settings (key, value) VALUES ('stale_after_minutes', '60'::jsonb) ON CONFLICT (key) DO NOTHING`);
  const [user] = await db.insert(users).values({ role: "associate", name: "Ana Test", staffNumber: "7001", homeStoreId: storeId.MAD01 }).returning({ id: users.id });
  const associate: Actor = { kind: "user", userId: user!.id, role: "associate", name: "Ana Test", storeId: storeId.MAD01, deviceId: null, deviceStoreId: storeId.MAD01 };
  return { storeId, styleId, variantId, userId: user!.id, associate };
}
