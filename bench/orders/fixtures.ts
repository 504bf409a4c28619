import { sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { customers, settings, stores, styles, users, variants } from "@/lib/db/schema";

const CITIES: [code: string, city: string, region: string, lat: number, lng: number, tz: string][] = [
  ["MAD01", "Madrid", "MD", 40.4183, -3.7057, "Europe/Madrid"],
  ["MAD02", "Madrid", "MD", 40.4296, -3.6874, "Europe/Madrid"],
  ["BCN01", "Barcelona", "CT", 41.3874, 2.1686, "Europe/Madrid"],
  ["VLC01", "Valencia", "VC", 39.4699, -0.3763, "Europe/Madrid"],
  ["SEV01", "Sevilla", "AN", 37.3891, -5.9845, "Europe/Madrid"],
  ["BIL01", "Bilbao", "PV", 43.263, -2.935, "Europe/Madrid"],
  ["ZAZ01", "Zaragoza", "AR", 41.6488, -0.8891, "Europe/Madrid"],
  ["MAL01", "Málaga", "AN", 36.7213, -4.4214, "Europe/Madrid"],
  ["PMI01", "Palma", "IB", 39.5696, 2.6502, "Europe/Madrid"],
  ["LPA01", "Las Palmas", "CN", 28.1235, -15.4363, "Atlantic/Canary"],
];
const HOURS = { "0": [], "1": [["10:00", "21:00"]], "2": [["10:00", "21:00"]], "3": [["10:00", "21:00"]], "4": [["10:00", "21:00"]], "5": [["10:00", "21:00"]], "6": [["10:00", "21:00"]] };

export type BenchChain = { storeIds: number[]; variantIds: number[]; customerIds: string[]; actor: Actor };

/** Ten stores, `variantCount` variants of one style, 200 customers and one associate: the bench's own small chain. */
export async function createBenchChain(db: Db, variantCount: number): Promise<BenchChain> {
  const storeRows = await db
    .insert(stores)
    .values(
      CITIES.map(([code, city, region, lat, lng, timezone]) => ({
        code, name: `${city} ${code}`, city, region, address: "Calle Mayor 1", postcode: "28013", phone: "+34910000000", lat, lng, timezone, openingHours: structuredClone(HOURS) as never,
      })),
    )
    .returning({ id: stores.id });
  const [style] = await db.insert(styles).values({ code: "B-1", name: "Bench Boot", brand: "Bench", category: "boots", department: "women", gender: "women", priceCents: 9995 }).returning({ id: styles.id });
  const variantIds: number[] = [];
  for (let i = 0; i < variantCount; i += 500) {
    const rows = await db
      .insert(variants)
      .values(
        Array.from({ length: Math.min(500, variantCount - i) }, (_, k) => {
          const n = i + k;
          return { styleId: style!.id, sku: `B-1-${n}`, ean: String(2000000000000 + n), colour: `C${Math.floor(n / 10)}`, size: String(35 + (n % 10)), sizeOrder: n % 10, priceCents: 9995 };
        }),
      )
      .returning({ id: variants.id });
    variantIds.push(...rows.map((r) => r.id));
  }
  const [user] = await db.insert(users).values({ role: "associate", name: "Bench", homeStoreId: storeRows[0]!.id }).returning({ id: users.id });
  const custRows = await db
    .insert(customers)
    .values(Array.from({ length: 200 }, (_, i) => ({ firstName: `Bench${i}`, nameSearch: `bench${i}`, emailNorm: `bench${i}@example.com`, phoneE164: `+3460000${String(i).padStart(4, "0")}` })))
    .returning({ id: customers.id });
  await db.insert(settings).values({ key: "hold_minutes", value: 30 }).onConflictDoNothing();
  return {
    storeIds: storeRows.map((s) => s.id),
    variantIds,
    customerIds: custRows.map((c) => c.id),
    actor: { kind: "user", userId: user!.id, role: "associate", name: "Bench", storeId: storeRows[0]!.id, deviceId: null, deviceStoreId: null },
  };
}

/** Sets stock rows in bulk (one statement): [variantId, storeId, onHand]. */
export async function bulkStock(db: Db, rows: [number, number, number][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 2000) {
    const chunk = rows.slice(i, i + 2000);
    await db.execute(sql`INSERT INTO stock (variant_id, store_id, on_hand, reserved)
      SELECT * FROM unnest(${`{${chunk.map((r) => r[0]).join(",")}}`}::int[], ${`{${chunk.map((r) => r[1]).join(",")}}`}::int[], ${`{${chunk.map((r) => r[2]).join(",")}}`}::int[], ${`{${chunk.map(() => 0).join(",")}}`}::int[])
      ON CONFLICT (variant_id, store_id) DO UPDATE SET on_hand = EXCLUDED.on_hand`);
  }
}
