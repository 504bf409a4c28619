import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it } from "vitest";
import type { SnapshotPayload, WireStore } from "@/lib/domain/offline-snapshot/wire";
import { applySnapshot, loadSnapshot, resetSnapshotDbConnection, stockOf } from "./db";
import { getSnapshotMeta, getStyleFromSnapshot, invalidateSnapshotCache, searchSnapshot, stockAt, variantOf } from "./read";

const hours = { "1": [["10:00", "21:00"]] as [string, string][] };
const store = (id: number, code: string, km: number): WireStore => [id, code, `Store ${code}`, "Madrid", km, "+34 910 000 000", 1, "Europe/Madrid", hours, []];
const T = 1_790_000_000; // epoch seconds

function full(overrides: Partial<SnapshotPayload> = {}): SnapshotPayload {
  return {
    v: 1,
    store: 1,
    full: true,
    asOf: "2026-09-21T08:42:00.000Z",
    cursor: "c1",
    stores: [store(2, "MAD02", 1.3), store(1, "MAD01", 0), store(4, "BCN01", 505)],
    styles: [
      [10, "FW-AB-0001", "Aria Leather Ankle Boot", "Suela Madre", "ankle-boots", 12995, "Soft leather", "/img/a.jpg", [["Black", "#111"], ["Tan", "#c80"]], 1],
      [11, "FW-LF-0003", "Córdoba Suede Loafer", "Alba Atelier", "loafers", 10995, "", null, [["Brown", "#642"]], 1],
      [12, "FW-AB-0009", "Ariadne Boot", "Norte", "boots", 9995, "", null, [["Black", "#111"]], 1],
    ],
    variants: [
      [100, 10, "FW-AB-0001-BLK-38", "8400000000017", "Black", "38", 2, 12995, 1],
      [101, 10, "FW-AB-0001-BLK-37", "8400000000024", "Black", "37", 1, 12995, 1],
      [102, 10, "FW-AB-0001-TAN-38", "8400000000031", "Tan", "38", 2, 12995, 1],
      [110, 11, "FW-LF-0003-BRN-38", "8400000000048", "Brown", "38", 2, 10995, 1],
      [120, 12, "FW-AB-0009-BLK-38", "8400000000055", "Black", "38", 2, 9995, 1],
    ],
    stock: [
      [100, 1, 0, 0, T],
      [101, 1, 3, 1, T],
      [102, 1, 4, 0, T],
      [100, 2, 2, 0, T],
      [100, 4, 1, 0, T],
      [110, 1, 5, 0, T],
    ],
    ...overrides,
  };
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  resetSnapshotDbConnection();
  invalidateSnapshotCache();
});

describe("offline snapshot store", () => {
  it("answers nothing before the first sync", async () => {
    expect(await getSnapshotMeta()).toBeNull();
    expect(await searchSnapshot("aria")).toBeNull();
    expect(await getStyleFromSnapshot(10)).toBeNull();
  });

  it("keeps a full snapshot and shows a style here and nearby, with its as-of time", async () => {
    await applySnapshot(full());
    const view = await getStyleFromSnapshot(10);
    expect(view?.meta.asOf).toBe("2026-09-21T08:42:00.000Z");
    expect(view?.here.code).toBe("MAD01");
    expect(view?.stores.map((s) => s.code)).toEqual(["MAD01", "MAD02", "BCN01"]);
    expect(view?.sizes).toEqual(["37", "38"]);
    expect(view?.variants.map((v) => v.sku)).toEqual(["FW-AB-0001-BLK-37", "FW-AB-0001-BLK-38", "FW-AB-0001-TAN-38"]);
    const black38 = variantOf(view!, "Black", "38")!;
    expect(stockAt(view!, black38.id, 1)?.available).toBe(0);
    expect(stockAt(view!, black38.id, 2)).toMatchObject({ onHand: 2, available: 2, updatedAt: new Date(T * 1000).toISOString() });
    expect(stockAt(view!, variantOf(view!, "Black", "37")!.id, 1)).toMatchObject({ onHand: 3, reserved: 1, available: 2 });
    expect(stockAt(view!, variantOf(view!, "Tan", "38")!.id, 2)).toBeUndefined();
  });

  it("upserts an incremental refresh: changed rows replace old ones, untouched rows stay, retired variants go", async () => {
    await applySnapshot(full());
    await applySnapshot(
      full({
        full: false,
        cursor: "c2",
        asOf: "2026-09-21T08:47:00.000Z",
        styles: [],
        variants: [[120, 12, "FW-AB-0009-BLK-38", "8400000000055", "Black", "38", 2, 9995, 0]],
        // Sent twice on purpose (the cursor overlaps): the last one wins, nothing doubles.
        stock: [[100, 1, 2, 0, T + 60], [100, 1, 2, 1, T + 120], [101, 2, 6, 0, T + 60]],
      }),
    );
    const c = (await loadSnapshot(1))!;
    expect(c.meta).toMatchObject({ cursor: "c2", asOf: "2026-09-21T08:47:00.000Z" });
    const at = (variantId: number, storeId: number) => stockOf(c.stock.find((r) => r.variantId === variantId), storeId);
    expect(c.stock.reduce((n, r) => n + Object.keys(r.at).length, 0)).toBe(7);
    expect(at(100, 1)).toMatchObject({ onHand: 2, reserved: 1, available: 1, updatedAt: new Date((T + 120) * 1000).toISOString() });
    expect(at(100, 2)?.onHand).toBe(2);
    expect(at(101, 2)?.onHand).toBe(6);
    expect(at(102, 1)?.onHand).toBe(4);
    expect(c.variants.map((v) => v.id)).not.toContain(120);
    expect(c.styles).toHaveLength(3);
  });

  it("replaces everything on a full snapshot, so rows the server no longer sends do not linger", async () => {
    await applySnapshot(full());
    await applySnapshot(full({ styles: full().styles.slice(0, 1), variants: full().variants.slice(0, 3), stock: [[100, 1, 1, 0, T]] }));
    const c = (await loadSnapshot(1))!;
    expect(c.styles.map((s) => s.id)).toEqual([10]);
    expect(c.stock.map((r) => [r.variantId, Object.keys(r.at)])).toEqual([[100, ["1"]]]);
  });

  it("keeps each store's snapshot apart", async () => {
    await applySnapshot(full());
    await applySnapshot(full({ store: 2, stock: [[100, 2, 9, 0, T]] }), new Date(Date.now() + 1000));
    expect((await loadSnapshot(1))!.stock).toHaveLength(4);
    expect((await getSnapshotMeta())?.storeId).toBe(2);
    expect((await getStyleFromSnapshot(10))?.here.code).toBe("MAD02");
  });
});

describe("offline search", () => {
  beforeEach(async () => {
    await applySnapshot(full());
  });
  const names = async (q: string) => (await searchSnapshot(q))!.hits.map((h) => h.style.code);

  it("finds by partial name, brand and colour, ignoring case and accents, best match first", async () => {
    expect(await names("ari")).toEqual(["FW-AB-0001", "FW-AB-0009"]);
    expect(await names("CORDOBA")).toEqual(["FW-LF-0003"]);
    expect(await names("córd")).toEqual(["FW-LF-0003"]);
    expect(await names("suela")).toEqual(["FW-AB-0001"]);
    expect(await names("aria tan")).toEqual(["FW-AB-0001"]);
    expect((await searchSnapshot("aria tan"))!.hits[0]?.colour).toBe("Tan");
    expect(await names("aria purple")).toEqual([]);
  });

  it("finds by style code, SKU and barcode, naming the variant", async () => {
    expect(await names("FW-LF-0003")).toEqual(["FW-LF-0003"]);
    const bySku = (await searchSnapshot("fw-ab-0001-blk-38"))!.hits[0];
    expect(bySku?.variant?.id).toBe(100);
    const byEan = (await searchSnapshot("8400000000031"))!.hits[0];
    expect(byEan).toMatchObject({ colour: "Tan", variant: { size: "38" } });
  });

  it("counts available units here with each hit", async () => {
    const hit = (await searchSnapshot("aria leather"))!.hits[0];
    // Black 38: 0, Black 37: 3 - 1, Tan 38: 4
    expect(hit?.availableHere).toBe(6);
  });
});
