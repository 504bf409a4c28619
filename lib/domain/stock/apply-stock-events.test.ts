import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { stock, stockEvents, variants } from "@/lib/db/schema";
import { applyStockEvents } from "./apply-stock-events";
import { STOCK_EVENTS_MAX, stockEventsBodySchema } from "./schemas";
import { insertFixture, type Fixture } from "./test-fixtures";

let h: DbHandle;
let f: Fixture;

beforeAll(async () => {
  h = await createTestDb();
  f = await insertFixture(h.db, {
    MAD01: { "FW-SN-0002-WHT-41": 5, "FW-SN-0002-WHT-42": [4, 3] },
  });
  // These tests run on the real clock: date the fixture's counts a day back.
  const dayAgo = new Date(Date.now() - 86_400_000);
  await h.db.update(stock).set({ countedAt: dayAgo, updatedAt: dayAgo });
});
afterAll(async () => h.close());

const now = new Date();
const at = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
let seq = 0;
const ev = (over: Record<string, unknown>) => ({ id: `e-${++seq}`, storeCode: "MAD01", sku: "FW-SN-0002-WHT-43", kind: "absolute", quantity: 1, sourceTs: at(5), ...over });
const apply = (events: unknown[], opts = {}) => applyStockEvents(h.db, events, { now, ...opts });

async function row(sku: string, storeCode: keyof Fixture["storeId"] = "MAD01") {
  const [r] = await h.db
    .select()
    .from(stock)
    .where(and(eq(stock.variantId, f.variantId[sku]!), eq(stock.storeId, f.storeId[storeCode])));
  return r;
}

describe("stock events", () => {
  it("applies an absolute count, creating the stock row a store did not have", async () => {
    expect(await row("FW-SN-0002-NVY-41")).toBeUndefined();
    const r = await apply([ev({ sku: "FW-SN-0002-NVY-41", quantity: 7, sourceTs: at(30) })]);
    expect(r).toMatchObject({ applied: 1, duplicates: 0, stale: 0, rejected: 0, results: [{ status: "applied" }] });
    expect(await row("FW-SN-0002-NVY-41")).toMatchObject({ onHand: 7, reserved: 0, countedAt: new Date(at(30)) });
  });

  it("never lets an older count overwrite a newer one", async () => {
    await apply([ev({ sku: "FW-SN-0002-NVY-42", quantity: 6, sourceTs: at(10) })]);
    const before = await row("FW-SN-0002-NVY-42");
    const r = await apply([ev({ sku: "FW-SN-0002-NVY-42", quantity: 1, sourceTs: at(20) })]);
    expect(r.results[0]).toMatchObject({ status: "stale", error: { code: "stale" } });
    expect(await row("FW-SN-0002-NVY-42")).toEqual(before);
  });

  it("treats a replay (same source and id) as harmless: reported duplicate, nothing changes", async () => {
    const e = ev({ sku: "FW-SN-0002-WHT-41", kind: "delta", quantity: 2, sourceTs: at(1) });
    expect((await apply([e])).applied).toBe(1);
    const after = await row("FW-SN-0002-WHT-41");
    expect(after?.onHand).toBe(7);
    expect(await apply([e])).toMatchObject({ applied: 0, duplicates: 1, results: [{ id: e.id, status: "duplicate" }] });
    expect(await row("FW-SN-0002-WHT-41")).toEqual(after);
    // The same id from another source is another event.
    expect((await apply([{ ...e, source: "pos" }])).applied).toBe(1);
    expect((await row("FW-SN-0002-WHT-41"))?.onHand).toBe(9);
  });

  it("counts the same event twice in one batch once", async () => {
    const e = ev({ sku: "FW-SN-0002-NVY-43", kind: "absolute", quantity: 3 });
    expect(await apply([e, e])).toMatchObject({ applied: 1, duplicates: 1 });
  });

  it("applies a delta only if it is newer than the last count", async () => {
    await apply([ev({ sku: "FW-SN-0002-WHT-43", quantity: 10, sourceTs: at(10) })]);
    const r = await apply([
      ev({ sku: "FW-SN-0002-WHT-43", kind: "delta", quantity: -1, sourceTs: at(15) }), // already in the count
      ev({ sku: "FW-SN-0002-WHT-43", kind: "delta", quantity: -2, sourceTs: at(5) }),
    ]);
    expect(r.results.map((x) => x.status)).toEqual(["stale", "applied"]);
    expect(await row("FW-SN-0002-WHT-43")).toMatchObject({ onHand: 8, countedAt: new Date(at(10)) });
  });

  it("orders a batch by source time: a count after a delta in the same batch wins", async () => {
    const r = await apply([
      ev({ sku: "FW-SN-0002-WHT-43", kind: "absolute", quantity: 20, sourceTs: at(2) }),
      ev({ sku: "FW-SN-0002-WHT-43", kind: "delta", quantity: 5, sourceTs: at(3) }),
      ev({ sku: "FW-SN-0002-WHT-43", kind: "delta", quantity: -4, sourceTs: at(1) }),
    ]);
    expect(r.results.map((x) => x.status)).toEqual(["applied", "applied", "applied"]);
    expect((await row("FW-SN-0002-WHT-43"))?.onHand).toBe(16);
  });

  it("refuses a delta or a count that would leave fewer units than are reserved, and forgets it", async () => {
    // WHT-42: 4 on hand, 3 reserved.
    const d = ev({ sku: "FW-SN-0002-WHT-42", kind: "delta", quantity: -2, sourceTs: at(1) });
    const r = await apply([d, ev({ sku: "FW-SN-0002-WHT-42", kind: "absolute", quantity: 2, sourceTs: at(2) })]);
    expect(r.results).toEqual([
      { id: d.id, status: "rejected", error: { code: "conflict", message: expect.stringContaining("On hand cannot go below reserved units") } },
      { id: expect.any(String), status: "rejected", error: { code: "conflict", message: expect.stringContaining("3 are reserved") } },
    ]);
    expect(await row("FW-SN-0002-WHT-42")).toMatchObject({ onHand: 4, reserved: 3 });
    // Once a reservation is released, the same event may be sent again and applies.
    await h.db.update(stock).set({ reserved: 1 }).where(and(eq(stock.variantId, f.variantId["FW-SN-0002-WHT-42"]!), eq(stock.storeId, f.storeId.MAD01)));
    expect((await apply([d])).results[0]?.status).toBe("applied");
  });

  it("does not leave a stock row behind for a refused event on a store that did not carry the variant", async () => {
    const r = await apply([ev({ sku: "FW-BT-0004-BLK-42", storeCode: "MAD02", kind: "delta", quantity: -1 })]);
    expect(r.rejected).toBe(1);
    expect(await row("FW-BT-0004-BLK-42", "MAD02")).toBeUndefined();
  });

  it("reports malformed and unknown events one by one while the good ones apply", async () => {
    const [v] = await h.db.select().from(variants).where(eq(variants.sku, "FW-LF-0003-BRN-37"));
    const badEan = `${v!.ean.slice(0, 12)}${(Number(v!.ean[12]) + 1) % 10}`;
    const r = await apply([
      { storeCode: "MAD01", sku: "x", kind: "absolute", quantity: 1, sourceTs: at(1) },
      ev({ kind: "sideways" }),
      ev({ quantity: 1.5 }),
      ev({ quantity: -1 }),
      ev({ sourceTs: "yesterday" }),
      ev({ sourceTs: new Date(now.getTime() + 3_600_000).toISOString() }),
      ev({ storeCode: "NOPE" }),
      ev({ sku: "NO-SUCH-SKU" }),
      ev({ sku: undefined, ean: badEan }),
      ev({ sku: "FW-LF-0003-BRN-38", ean: v!.ean }),
      ev({ storeCode: undefined, storeId: f.storeId.MAD02, sku: undefined, variantId: v!.id, quantity: 4 }),
      ev({ storeCode: undefined, sku: undefined, ean: v!.ean, quantity: 2 }),
      "not an event",
    ]);
    expect(r.results.map((x) => [x.status, x.error?.code])).toEqual([
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
      ["rejected", "not_found"],
      ["rejected", "not_found"],
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
      ["applied", undefined],
      ["rejected", "validation_failed"],
      ["rejected", "validation_failed"],
    ]);
    expect(r).toMatchObject({ applied: 1, rejected: 12 });
    expect(r.results[0]).toMatchObject({ id: null, error: { fields: { id: expect.any(String) } } });
    expect(r.results[1]?.error?.fields).toHaveProperty("kind");
    expect(r.results[3]?.error?.fields).toEqual({ quantity: "A count cannot be negative." });
    expect(r.results[5]?.error?.message).toBe("sourceTs is in the future.");
    expect(r.results[6]?.error?.message).toBe('Unknown store code "NOPE".');
    expect(r.results[8]?.error?.message).toMatch(/^ean: The check digit is wrong/);
    expect(r.results[9]?.error?.message).toMatch(/disagree/);
    expect(r.results[11]?.error?.fields).toHaveProperty("storeCode");
    expect(await row("FW-LF-0003-BRN-37", "MAD02")).toMatchObject({ onHand: 4 });
  });

  it("keeps a store-bound token to its own store", async () => {
    const r = await apply([ev({ storeCode: "MAD02", sku: "FW-AB-0001-TAN-40" }), ev({ sku: "FW-AB-0001-TAN-40" })], { onlyStoreId: f.storeId.MAD01 });
    expect(r.results.map((x) => x.error?.code ?? x.status)).toEqual(["forbidden", "applied"]);
  });

  it("applies concurrent replays of one batch exactly once", async () => {
    const batch = [
      ev({ sku: "FW-AB-0001-BLK-36", kind: "delta", quantity: 1, sourceTs: at(1) }),
      ev({ sku: "FW-AB-0001-BLK-37", kind: "delta", quantity: 2, sourceTs: at(1) }),
      ev({ sku: "FW-AB-0001-BLK-38", kind: "absolute", quantity: 5, sourceTs: at(1) }),
      ev({ storeCode: "MAD02", sku: "FW-AB-0001-BLK-36", kind: "delta", quantity: 3, sourceTs: at(1) }),
    ];
    const results = await Promise.all(Array.from({ length: 10 }, () => apply(batch)));
    expect(results.reduce((n, r) => n + r.applied, 0)).toBe(4);
    expect(results.reduce((n, r) => n + r.duplicates, 0)).toBe(36);
    expect((await row("FW-AB-0001-BLK-36"))?.onHand).toBe(1);
    expect((await row("FW-AB-0001-BLK-37"))?.onHand).toBe(2);
    expect((await row("FW-AB-0001-BLK-38"))?.onHand).toBe(5);
    expect((await row("FW-AB-0001-BLK-36", "MAD02"))?.onHand).toBe(3);
    const logged = await h.db.select().from(stockEvents).where(eq(stockEvents.eventId, batch[0]!.id));
    expect(logged).toHaveLength(1);
  });

  it("applies overlapping concurrent batches in any order without deadlock or double counting", async () => {
    const a = ev({ sku: "FW-AB-0001-BLK-39", kind: "delta", quantity: 1, sourceTs: at(1) });
    const b = ev({ sku: "FW-AB-0001-BLK-40", kind: "delta", quantity: 1, sourceTs: at(1) });
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => apply(i % 2 ? [a, b] : [b, a])));
    expect(results.reduce((n, r) => n + r.applied, 0)).toBe(2);
    expect((await row("FW-AB-0001-BLK-39"))?.onHand).toBe(1);
    expect((await row("FW-AB-0001-BLK-40"))?.onHand).toBe(1);
  });

  it("marks the stock row's age when it changes", async () => {
    const before = await row("FW-SN-0002-WHT-41");
    await apply([ev({ sku: "FW-SN-0002-WHT-41", kind: "delta", quantity: 1, sourceTs: at(0.5) })]);
    expect((await row("FW-SN-0002-WHT-41"))!.updatedAt.getTime()).toBeGreaterThan(before!.updatedAt.getTime());
  });
});

describe("the request envelope", () => {
  const parse = (v: unknown) => stockEventsBodySchema.safeParse(v);
  it("must be an object with 1 to 1000 events (otherwise the route answers 422)", () => {
    expect(parse({ events: [{}] }).success).toBe(true);
    for (const bad of [null, [], "events", {}, { events: "x" }, { events: [] }, { events: Array(STOCK_EVENTS_MAX + 1).fill({}) }]) {
      expect(parse(bad).success, JSON.stringify(bad)?.slice(0, 40)).toBe(false);
    }
    expect(parse({}).error?.issues[0]?.message).toBe("The body must be an object with an events array.");
  });
});
