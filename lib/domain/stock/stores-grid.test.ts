import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { holidays, settings, stock } from "@/lib/db/schema";
import { FIXTURE_NOW, insertFixture, type Fixture } from "./test-fixtures";
import { clearReferenceCache } from "./reference-data";
import { getStoreMatrix } from "./store-matrix";
import { getStoresGrid } from "./stores-grid";
import { clearConditionCaches } from "./store-conditions";
import { getVariantStock } from "./variant-stock";

let h: DbHandle;
let f: Fixture;
const now = FIXTURE_NOW;

beforeAll(async () => {
  h = await createTestDb();
  f = await insertFixture(h.db, {
    MAD01: { "FW-AB-0001-BLK-36": 3, "FW-AB-0001-BLK-37": [2, 2], "FW-AB-0001-BLK-38": 0, "FW-AB-0001-TAN-38": 4 },
    MAD02: { "FW-AB-0001-BLK-38": [3, 1], "FW-AB-0001-BLK-39": 1 },
    TOL01: { "FW-AB-0001-BLK-38": 0 },
    VLC01: { "FW-AB-0001-BLK-38": 3 },
    BCN01: { "FW-AB-0001-BLK-38": 1 },
    BCN02: { "FW-AB-0001-BLK-38": 1 },
    LPA01: { "FW-AB-0001-BLK-38": 5 },
    OLD01: { "FW-AB-0001-BLK-38": 9 },
  });
});
afterAll(async () => h.close());
beforeEach(() => {
  clearReferenceCache(h.db);
  clearConditionCaches();
});

const aria = () => f.styleId["FW-AB-0001"]!;
const grid = (extra: Partial<Parameters<typeof getStoresGrid>[1]> = {}) =>
  getStoresGrid(h.db, { styleId: aria(), colour: "Black", originStoreId: f.storeId.MAD01, now, ...extra });

describe("stores grid", () => {
  it("lists active stores, this one first, then by distance; same spot: the open one first", async () => {
    const g = await grid();
    expect(g.stores.map((s) => s.code)).toEqual(["MAD01", "MAD02", "TOL01", "VLC01", "BCN01", "BCN02", "LPA01"]);
    expect(g.stores[0]).toMatchObject({ isHere: true, distanceKm: 0 });
    expect(g.stores[1]?.distanceKm).toBeCloseTo(1.8, 1);
    expect(g.stores.find((s) => s.code === "BCN02")).toMatchObject({ open: false, nextOpen: "2026-11-25T09:00:00.000Z" });
  });

  it("has one cell per size of the run, in order, with available = on hand - reserved", async () => {
    const g = await grid();
    expect(g.colour).toBe("Black");
    expect(g.sizes.map((s) => s.size)).toEqual(["36", "37", "38", "39", "40"]);
    const here = g.stores[0]!;
    expect(here.cells.map((c) => c.size)).toEqual(["36", "37", "38", "39", "40"]);
    expect(here.cells[1]).toMatchObject({ onHand: 2, reserved: 2, available: 0 });
    expect(g.stores[1]!.cells[2]).toMatchObject({ onHand: 3, reserved: 1, available: 2, updatedAt: "2026-11-24T10:50:00.000Z" });
    // No stock row: not carried, shown as zero.
    expect(here.cells[4]).toMatchObject({ onHand: 0, available: 0, carried: false });
  });

  it("accepts the colour in any case and names it as stored", async () => {
    expect((await grid({ colour: "bLaCk" })).colour).toBe("Black");
    await expect(grid({ colour: "Purple" })).rejects.toMatchObject({ status: 404 });
  });

  it("tells open now, closing time, phone, shipping and the promise date to this store's area", async () => {
    const g = await grid();
    const mad02 = g.stores.find((s) => s.code === "MAD02")!;
    // Tuesday 12:00 in Madrid, before the 15:00 cut-off: dispatched today, next business day in Madrid.
    expect(mad02).toMatchObject({ open: true, closesAt: "2026-11-24T20:00:00.000Z", nextOpen: null, phone: "+34 910 000 000", canShip: true, promiseDate: "2026-11-25" });
    // Las Palmas does not ship; its clock is an hour behind.
    expect(g.stores.find((s) => s.code === "LPA01")).toMatchObject({ canShip: false, promiseDate: null, open: true, closesAt: "2026-11-24T21:00:00.000Z" });
    // Barcelona: more than 300 km, two transit days.
    expect(g.stores.find((s) => s.code === "BCN01")?.promiseDate).toBe("2026-11-26");
  });

  it("closes a store on a holiday of its region, and moves promise dates past it", async () => {
    await h.db.insert(holidays).values({ day: "2026-11-24", country: "ES", region: "MD", name: "Test day" });
    try {
      clearReferenceCache(h.db);
      const g = await grid();
      expect(g.stores.find((s) => s.code === "MAD02")).toMatchObject({ open: false, nextOpen: "2026-11-25T09:00:00.000Z", promiseDate: "2026-11-26" });
      expect(g.stores.find((s) => s.code === "VLC01")?.open).toBe(true);
    } finally {
      await h.db.delete(holidays).where(eq(holidays.name, "Test day"));
    }
  });

  it("onlyWithSize keeps this store and those with the size available", async () => {
    const g = await grid({ size: "38", onlyWithSize: true });
    // TOL01 has 0; the inactive store never shows.
    expect(g.stores.map((s) => s.code)).toEqual(["MAD01", "MAD02", "VLC01", "BCN01", "BCN02", "LPA01"]);
    await expect(grid({ onlyWithSize: true })).rejects.toMatchObject({ status: 422 });
    await expect(grid({ size: "50" })).rejects.toMatchObject({ status: 422 });
  });

  it("shows the same figures whether the stores were chosen before the read or by the size's stock (two reads)", async () => {
    const all = await grid({ size: "38" });
    const withSize = await grid({ size: "38", onlyWithSize: true });
    expect(withSize.stores.length).toBeGreaterThan(1);
    for (const s of withSize.stores) expect(s).toEqual(all.stores.find((x) => x.storeId === s.storeId));
    expect(withSize.storesWithSize).toBe(all.storesWithSize);
  });

  it("limit returns the nearest stores and says how many matched; stores with the size count them all", async () => {
    const g = await grid({ size: "38", limit: 3 });
    expect(g.stores.map((s) => s.code)).toEqual(["MAD01", "MAD02", "TOL01"]);
    expect(g.totalStores).toBe(7);
    // MAD02, VLC01, BCN01, BCN02 and LPA01 have a 38, though only MAD02 is among the three returned.
    expect(g.storesWithSize).toBe(5);
    expect((await grid()).storesWithSize).toBeNull();
    expect((await grid({ size: "40" })).storesWithSize).toBe(0);
    await expect(grid({ limit: 0 })).rejects.toMatchObject({ status: 422 });
  });

  it("radiusKm keeps the nearby stores", async () => {
    expect((await grid({ radiusKm: 100 })).stores.map((s) => s.code)).toEqual(["MAD01", "MAD02", "TOL01"]);
    expect((await grid({ radiusKm: 1 })).stores.map((s) => s.code)).toEqual(["MAD01"]);
  });

  it("dates the grid by its oldest figure and flags it stale past the setting", async () => {
    const fresh = await grid();
    expect(fresh).toMatchObject({ asOf: "2026-11-24T10:50:00.000Z", stale: false, staleAfterMinutes: 60 });
    const old = new Date(now.getTime() - 3 * 3_600_000);
    await h.db.update(stock).set({ updatedAt: old }).where(and(eq(stock.storeId, f.storeId.VLC01), eq(stock.variantId, f.variantId["FW-AB-0001-BLK-38"]!)));
    expect(await grid()).toMatchObject({ asOf: old.toISOString(), stale: true });
    // Only the figures shown count: Valencia is outside 100 km.
    expect(await grid({ radiusKm: 100 })).toMatchObject({ asOf: "2026-11-24T10:50:00.000Z", stale: false });
    await h.db.update(settings).set({ value: 240 }).where(eq(settings.key, "stale_after_minutes"));
    clearReferenceCache(h.db);
    expect(await grid()).toMatchObject({ stale: false, staleAfterMinutes: 240 });
  });

  it("refuses an unknown store or style", async () => {
    await expect(grid({ originStoreId: 999_999 })).rejects.toMatchObject({ status: 404 });
    await expect(grid({ styleId: 999_999 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("store matrix", () => {
  it("has every colour x size of the style for one store, colours in order, sizes along the run", async () => {
    const m = await getStoreMatrix(h.db, { styleId: aria(), storeId: f.storeId.MAD01, now });
    expect(m.cells.map((c) => `${c.colour} ${c.size}`)).toEqual([
      "Black 36", "Black 37", "Black 38", "Black 39", "Black 40", "Tan 36", "Tan 37", "Tan 38", "Tan 39", "Tan 40",
    ]);
    expect(m.cells.find((c) => c.colour === "Black" && c.size === "37")).toMatchObject({ onHand: 2, reserved: 2, available: 0 });
    expect(m.cells.find((c) => c.colour === "Tan" && c.size === "38")).toMatchObject({ onHand: 4, available: 4 });
    expect(m.cells.find((c) => c.colour === "Tan" && c.size === "36")?.carried).toBe(false);
    expect(m).toMatchObject({ storeId: f.storeId.MAD01, styleId: aria(), stale: false });
  });

  it("refuses an unknown style or store", async () => {
    await expect(getStoreMatrix(h.db, { styleId: 999_999, storeId: f.storeId.MAD01 })).rejects.toMatchObject({ status: 404 });
    await expect(getStoreMatrix(h.db, { styleId: aria(), storeId: 999_999 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("one variant across the chain", () => {
  it("is the grid narrowed to the variant's size, by id or SKU", async () => {
    const v = await getVariantStock(h.db, { sku: "FW-AB-0001-BLK-38", originStoreId: f.storeId.MAD01, now });
    expect(v).toMatchObject({ size: "38", colour: "Black", variantId: f.variantId["FW-AB-0001-BLK-38"] });
    expect(v.stores.map((s) => [s.code, s.cell.available])).toEqual([
      ["MAD01", 0], ["MAD02", 2], ["TOL01", 0], ["VLC01", 3], ["BCN01", 1], ["BCN02", 1], ["LPA01", 5],
    ]);
    const byId = await getVariantStock(h.db, { variantId: v.variantId, originStoreId: f.storeId.MAD01, now });
    expect(byId.stores).toEqual(v.stores);
    await expect(getVariantStock(h.db, { sku: "NOPE", originStoreId: f.storeId.MAD01 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("speed (sanity, not the benchmark)", () => {
  it("answers a grid in a few milliseconds once warm", async () => {
    await grid();
    const t = performance.now();
    for (let i = 0; i < 20; i++) await grid();
    const per = (performance.now() - t) / 20;
    expect(per).toBeLessThan(50);
    await h.db.execute(sql`SELECT 1`);
  });
});

describe("reading the compact stock list", () => {
  it("walks store,onHand,reserved,updatedAtMs entries", async () => {
    const { readStockList } = await import("./stores-grid");
    const seen: number[][] = [];
    readStockList("12,3,1,1795517400000;7,0,0,5", (...v) => seen.push(v));
    expect(seen).toEqual([[12, 3, 1, 1795517400000], [7, 0, 0, 5]]);
    readStockList("", () => expect.unreachable());
  });
});
