import { describe, expect, it } from "vitest";
import { available, compareGridStores, decideStockEvent, filterGridStores, freshness, stockCell } from "./rules";
import type { GridStore } from "./types";

describe("availability", () => {
  it("is on hand minus reserved, never negative", () => {
    expect(available(5, 2)).toBe(3);
    expect(available(2, 2)).toBe(0);
    expect(available(1, 3)).toBe(0);
  });

  it("a cell carries its figures and its age; a missing row is 'not carried'", () => {
    expect(stockCell(7, "38", { onHand: 4, reserved: 1, updatedAtMs: Date.UTC(2026, 10, 24, 10) }, "")).toEqual({
      variantId: 7, size: "38", onHand: 4, reserved: 1, available: 3, updatedAt: "2026-11-24T10:00:00.000Z",
    });
    expect(stockCell(7, "38", undefined, "2026-11-24T11:00:00.000Z")).toMatchObject({ available: 0, carried: false, updatedAt: "2026-11-24T11:00:00.000Z" });
  });
});

describe("freshness", () => {
  const now = new Date("2026-11-24T12:00:00Z");
  it("is the oldest figure's time, stale past the threshold", () => {
    expect(freshness([Date.parse("2026-11-24T11:30:00Z"), Date.parse("2026-11-24T11:55:00Z")], now, 60)).toEqual({
      asOf: "2026-11-24T11:30:00.000Z", stale: false, staleAfterMinutes: 60,
    });
    expect(freshness([Date.parse("2026-11-24T10:59:00Z")], now, 60).stale).toBe(true);
    expect(freshness([Date.parse("2026-11-24T11:00:00Z")], now, 60).stale).toBe(false);
  });
  it("has no age when nothing is shown", () => {
    expect(freshness([], now, 60)).toEqual({ asOf: null, stale: false, staleAfterMinutes: 60 });
  });
});

const store = (code: string, over: Partial<GridStore> = {}): GridStore => ({
  storeId: code.length, code, name: code, city: "", phone: "", distanceKm: 10, isHere: false, open: true, closesAt: null, nextOpen: null,
  canShip: true, promiseDate: null, cells: [], ...over,
});

describe("grid order", () => {
  it("puts this store first, then the nearest", () => {
    const rows = [store("FAR", { distanceKm: 300 }), store("NEAR", { distanceKm: 2 }), store("HERE", { distanceKm: 0, isHere: true }), store("MID", { distanceKm: 40 })];
    expect(rows.sort(compareGridStores).map((s) => s.code)).toEqual(["HERE", "NEAR", "MID", "FAR"]);
  });

  it("this store first even when another sits at the same spot", () => {
    const rows = [store("TWIN", { distanceKm: 0 }), store("HERE", { distanceKm: 0, isHere: true, open: false })];
    expect(rows.sort(compareGridStores).map((s) => s.code)).toEqual(["HERE", "TWIN"]);
  });

  it("at the same distance (to 100 m), open before closed, then by code", () => {
    const rows = [store("B2", { distanceKm: 5.02, open: false }), store("B3", { distanceKm: 4.98 }), store("B1", { distanceKm: 5 })];
    expect(rows.sort(compareGridStores).map((s) => s.code)).toEqual(["B1", "B3", "B2"]);
  });
});

describe("grid filters", () => {
  const cells = (n: number) => [{ variantId: 1, size: "38", onHand: n, reserved: 0, available: n, updatedAt: "" }];
  const rows = [store("HERE", { isHere: true, distanceKm: 0, cells: cells(0) }), store("A", { distanceKm: 3, cells: cells(2) }), store("B", { distanceKm: 50, cells: cells(0) }), store("C", { distanceKm: 200, cells: cells(1) })];
  const withSize = (s: GridStore) => (s.cells[0]?.available ?? 0) > 0;
  it("onlyWithSize keeps stores with the size available, and always this store", () => {
    expect(filterGridStores(rows, withSize, { onlyWithSize: true }).map((s) => s.code)).toEqual(["HERE", "A", "C"]);
  });
  it("radiusKm keeps stores within it, and always this store", () => {
    expect(filterGridStores(rows, null, { radiusKm: 50 }).map((s) => s.code)).toEqual(["HERE", "A", "B"]);
    expect(filterGridStores(rows, withSize, { radiusKm: 100, onlyWithSize: true }).map((s) => s.code)).toEqual(["HERE", "A"]);
  });
});

describe("a stock event against a stock row", () => {
  const t = (m: number) => Date.UTC(2026, 10, 24, 10, m);
  const row = { onHand: 5, reserved: 2, countedAtMs: t(30) };

  it("an absolute count newer than the last one replaces on hand and becomes the last count", () => {
    expect(decideStockEvent(row, { kind: "absolute", quantity: 9, sourceTsMs: t(40) })).toEqual({ outcome: "applied", state: { onHand: 9, reserved: 2, countedAtMs: t(40) } });
  });
  it("an older (or same-time) count is stale", () => {
    expect(decideStockEvent(row, { kind: "absolute", quantity: 9, sourceTsMs: t(20) }).outcome).toBe("stale");
    expect(decideStockEvent(row, { kind: "absolute", quantity: 9, sourceTsMs: t(30) }).outcome).toBe("stale");
  });
  it("a delta after the count adds to on hand and keeps the count's time", () => {
    expect(decideStockEvent(row, { kind: "delta", quantity: -3, sourceTsMs: t(31) })).toEqual({ outcome: "applied", state: { onHand: 2, reserved: 2, countedAtMs: t(30) } });
  });
  it("a delta from before the count is already in it", () => {
    expect(decideStockEvent(row, { kind: "delta", quantity: 1, sourceTsMs: t(29) }).outcome).toBe("stale");
  });
  it("a row never counted takes any delta", () => {
    expect(decideStockEvent({ onHand: 0, reserved: 0, countedAtMs: null }, { kind: "delta", quantity: 2, sourceTsMs: t(0) }).outcome).toBe("applied");
  });
  it("neither may leave fewer on hand than reserved", () => {
    expect(decideStockEvent(row, { kind: "delta", quantity: -4, sourceTsMs: t(31) })).toEqual({
      outcome: "rejected", reason: "On hand cannot go below reserved units: a change of -4 on 5 on hand would leave 1, and 2 are reserved.",
    });
    expect(decideStockEvent(row, { kind: "absolute", quantity: 1, sourceTsMs: t(31) }).outcome).toBe("rejected");
    expect(decideStockEvent({ onHand: 0, reserved: 0, countedAtMs: null }, { kind: "delta", quantity: -1, sourceTsMs: t(0) }).outcome).toBe("rejected");
  });
});
