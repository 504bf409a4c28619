import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { stock } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { applyStockEvents } from "@/lib/domain/stock/apply-stock-events";
import { clearReferenceCache } from "@/lib/domain/stock/reference-data";
import { FIXTURE_STORES, FIXTURE_STYLES, insertFixture, type Fixture } from "@/lib/domain/stock/test-fixtures";
import { GET } from "@/app/api/v1/offline/snapshot/route";
import type { SnapshotPayload } from "./wire";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/session", () => ({ getActor: async () => session.actor }));

let h: DbHandle;
let f: Fixture;

async function snapshot(qs = "") {
  const res = await GET(new Request(`http://localhost/api/v1/offline/snapshot${qs}`), { params: Promise.resolve({}) });
  return { status: res.status, res, body: (await res.json()) as SnapshotPayload & { error?: { code: string } } };
}

/** Every active fixture variant stocked at every active store (154 rows), last changed an hour ago. */
beforeAll(async () => {
  h = await createTestDb();
  f = await insertFixture(h.db, { MAD01: { "FW-AB-0001-BLK-38": 0, "FW-AB-0001-TAN-38": 4 }, MAD02: { "FW-AB-0001-BLK-38": [3, 1] }, TOL01: { "FW-AB-0001-BLK-38": [1, 1] } });
  await h.db.execute(sql`
    INSERT INTO stock (variant_id, store_id, on_hand, reserved)
    SELECT v.id, s.id, 2, 0 FROM variants v JOIN styles st ON st.id = v.style_id AND st.active CROSS JOIN stores s WHERE s.active
    ON CONFLICT DO NOTHING`);
  await h.db.execute(sql`UPDATE stock SET updated_at = now() - interval '1 hour', counted_at = NULL`);
  await h.db.execute(sql`UPDATE styles SET updated_at = now() - interval '1 hour'`);
  await h.db.execute(sql`UPDATE variants SET updated_at = now() - interval '1 hour'`);
});
afterAll(async () => h?.close());
beforeEach(() => {
  clearReferenceCache(h.db);
  session.actor = f.associate;
});

const activeStyles = FIXTURE_STYLES.filter((s) => s.active !== false);
const activeVariants = activeStyles.reduce((n, s) => n + s.colours.length * s.sizes.length, 0);
const activeStores = FIXTURE_STORES.filter((s) => s.active !== false).length;

describe("GET /api/v1/offline/snapshot", () => {
  it("sends the tablet's store its catalogue and the stock here and at the nearest stores", async () => {
    const { status, body } = await snapshot();
    expect(status).toBe(200);
    expect(body).toMatchObject({ v: 1, store: f.storeId.MAD01, full: true });
    expect(Date.now() - Date.parse(body.asOf)).toBeLessThan(60_000);
    // This store first, then nearest first; the closed-for-good store is left out.
    expect(body.stores.map((s) => s[1])).toEqual(["MAD01", "MAD02", "TOL01", "VLC01", "BCN01", "BCN02", "LPA01"]);
    const mad02 = body.stores[1]!;
    expect(mad02.slice(0, 8)).toEqual([f.storeId.MAD02, "MAD02", "Madrid Chamberí", "Madrid", 1.8, "+34 910 000 000", 1, "Europe/Madrid"]);
    expect(mad02[8]["2"]).toEqual([["10:00", "21:00"]]);
    expect(body.stores.find((s) => s[1] === "LPA01")?.[6]).toBe(0);

    expect(body.styles.map((s) => s[1]).sort()).toEqual(activeStyles.map((s) => s.code).sort());
    const aria = body.styles.find((s) => s[1] === "FW-AB-0001")!;
    expect(aria).toEqual([f.styleId["FW-AB-0001"], "FW-AB-0001", "Aria Leather Ankle Boot", "Suela Madre", "ankle-boots", 12995, "", "/img/FW-AB-0001.jpg", [["Black", "#1C1C1C"], ["Tan", "#C08A5B"]], 1]);
    expect(body.variants).toHaveLength(activeVariants);
    const black38 = f.variantId["FW-AB-0001-BLK-38"]!;
    expect(body.variants.find((v) => v[0] === black38)).toEqual([black38, aria[0], "FW-AB-0001-BLK-38", expect.stringMatching(/^\d{13}$/), "Black", "38", 2, 12995, 1]);

    // Toledo's Black 38 is all reserved: nothing to offer there, so the row is left out (read as 0).
    expect(body.stock).toHaveLength(activeVariants * activeStores - 1);
    const at = (variantId: number, storeId: number) => body.stock.find((s) => s[0] === variantId && s[1] === storeId);
    expect(at(black38, f.storeId.MAD01)?.slice(2, 4)).toEqual([0, 0]);
    expect(at(black38, f.storeId.TOL01)).toBeUndefined();
    expect(at(black38, f.storeId.MAD02)?.slice(2, 4)).toEqual([3, 1]);
    expect(Math.abs(at(black38, f.storeId.MAD02)![4] - (Date.now() / 1000 - 3600))).toBeLessThan(120);
  });

  it("is scoped to the caller's store: an associate cannot ask for another store, an admin can", async () => {
    const other = await snapshot(`?store=${f.storeId.BCN01}`);
    expect(other.status).toBe(403);
    expect(other.body.error?.code).toBe("forbidden");
    session.actor = { kind: "user", userId: f.userId, role: "admin", name: "Admin", storeId: null, deviceId: null, deviceStoreId: null };
    expect((await snapshot()).status).toBe(422);
    const bcn = await snapshot(`?store=${f.storeId.BCN01}`);
    expect(bcn.status).toBe(200);
    expect(bcn.body.stores[0]?.[1]).toBe("BCN01");
    session.actor = null;
    expect((await snapshot()).status).toBe(401);
  });

  it("after 100 stock changes, an incremental refresh sends exactly those 100 rows", async () => {
    const first = await snapshot();
    const rows = await h.db.select({ variantId: stock.variantId, storeId: stock.storeId }).from(stock);
    const skuOf = Object.fromEntries(Object.entries(f.variantId).map(([sku, id]) => [id, sku]));
    const codeOf = Object.fromEntries(Object.entries(f.storeId).map(([code, id]) => [id, code]));
    const changed = rows.filter((r) => codeOf[r.storeId] !== "OLD01").slice(0, 100);
    const result = await applyStockEvents(
      h.db,
      changed.map((r, i) => ({ id: `snap-${i}`, storeCode: codeOf[r.storeId], sku: skuOf[r.variantId], kind: "delta", quantity: 1, sourceTs: new Date().toISOString() })),
    );
    expect(result.applied).toBe(100);

    const next = await snapshot(`?since=${encodeURIComponent(first.body.cursor)}`);
    expect(next.body).toMatchObject({ full: false, styles: [], variants: [] });
    expect(next.body.stock).toHaveLength(100);
    const key = (v: number, s: number) => `${v}:${s}`;
    expect(new Set(next.body.stock.map((s) => key(s[0], s[1])))).toEqual(new Set(changed.map((r) => key(r.variantId, r.storeId))));
    expect(next.body.stock.find((s) => s[0] === f.variantId["FW-AB-0001-BLK-38"] && s[1] === f.storeId.MAD01)?.[2]).toBe(1);
    expect(next.body.stores).toHaveLength(activeStores);
  });

  it("sends a full snapshot again for a cursor it did not issue or issued for another store set", async () => {
    expect((await snapshot("?since=garbage")).body.full).toBe(true);
    const { body } = await snapshot();
    const otherStores = body.cursor.replace(/\.[\d-]+$/, ".1-2");
    expect((await snapshot(`?since=${otherStores}`)).body.full).toBe(true);
  });

  it("sends a retired style and its variants as inactive in the next refresh", async () => {
    const { body } = await snapshot();
    await h.db.execute(sql`UPDATE styles SET active = false, updated_at = now() WHERE code = 'AC-SK-0005'`);
    const next = await snapshot(`?since=${encodeURIComponent(body.cursor)}`);
    expect(next.body.styles.map((s) => [s[1], s[9]])).toEqual([["AC-SK-0005", 0]]);
    expect(next.body.variants.map((v) => v[8])).toEqual([0, 0]);
  });
});
