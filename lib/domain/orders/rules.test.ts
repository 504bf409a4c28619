import { describe, expect, it } from "vitest";
import {
  ORDER_NUMBER_ALPHABET,
  canMoveLine,
  cancellableLines,
  deriveOrderStatus,
  linePromise,
  nextLineStatuses,
  normaliseOrderNumber,
  orderNumberFrom,
  orderPromiseDate,
  stockEffect,
} from "./rules";

const delivery = { kind: "ship", fulfilment: "delivery", sameStorePickup: false } as const;
const pickupElsewhere = { kind: "ship", fulfilment: "pickup", sameStorePickup: false } as const;
const pickupHere = { kind: "ship", fulfilment: "pickup", sameStorePickup: true } as const;

describe("line status transitions", () => {
  it("a delivery goes placed → picking → shipped → delivered", () => {
    expect(canMoveLine("placed", "picking", delivery)).toBe(true);
    expect(canMoveLine("picking", "shipped", delivery)).toBe(true);
    expect(canMoveLine("shipped", "delivered", delivery)).toBe(true);
  });

  it("the retailer's systems may report shipped without a picking step", () => {
    expect(canMoveLine("placed", "shipped", delivery)).toBe(true);
  });

  it("never goes backwards or skips the carrier", () => {
    expect(canMoveLine("picking", "placed", delivery)).toBe(false);
    expect(canMoveLine("shipped", "picking", delivery)).toBe(false);
    expect(canMoveLine("placed", "delivered", delivery)).toBe(false);
    expect(canMoveLine("shipped", "picked_up", delivery)).toBe(false);
  });

  it("a pickup at another store ships there and is then picked up, never delivered", () => {
    expect(nextLineStatuses("shipped", pickupElsewhere)).toEqual(["picked_up"]);
  });

  it("a pickup at the source store is handed over without shipping", () => {
    expect(nextLineStatuses("picking", pickupHere)).toEqual(["picked_up", "cancelled"]);
    expect(canMoveLine("picking", "shipped", pickupHere)).toBe(false);
  });

  it("only unshipped lines can be cancelled; final states are final", () => {
    expect(canMoveLine("placed", "cancelled", delivery)).toBe(true);
    expect(canMoveLine("picking", "cancelled", delivery)).toBe(true);
    expect(canMoveLine("shipped", "cancelled", delivery)).toBe(false);
    for (const s of ["delivered", "picked_up", "cancelled"] as const) expect(nextLineStatuses(s, delivery)).toEqual([]);
  });

  it("take-now lines never move", () => {
    expect(nextLineStatuses("picked_up", { ...delivery, kind: "take_now" })).toEqual([]);
  });
});

describe("stock effect of a status change", () => {
  it("cancelling before shipping releases the reservation", () => {
    expect(stockEffect("placed", "cancelled")).toBe("release");
    expect(stockEffect("picking", "cancelled")).toBe("release");
  });
  it("shipping or a same-store handover consumes it", () => {
    expect(stockEffect("picking", "shipped")).toBe("consume");
    expect(stockEffect("placed", "picked_up")).toBe("consume");
  });
  it("nothing happens to stock after the unit has left", () => {
    expect(stockEffect("shipped", "delivered")).toBe("none");
    expect(stockEffect("shipped", "picked_up")).toBe("none");
    expect(stockEffect("placed", "picking")).toBe("none");
  });
});

describe("order status from its lines", () => {
  const l = (...statuses: Parameters<typeof deriveOrderStatus>[0][number]["status"][]) => statuses.map((status) => ({ status }));
  it("is the least advanced live line", () => {
    expect(deriveOrderStatus(l("placed", "shipped"))).toBe("placed");
    expect(deriveOrderStatus(l("picking", "shipped", "cancelled"))).toBe("picking");
    expect(deriveOrderStatus(l("shipped", "delivered"))).toBe("shipped");
  });
  it("ignores cancelled lines and is cancelled when all are", () => {
    expect(deriveOrderStatus(l("cancelled", "delivered"))).toBe("delivered");
    expect(deriveOrderStatus(l("cancelled", "cancelled"))).toBe("cancelled");
    expect(deriveOrderStatus([])).toBe("cancelled");
  });
  it("is delivered once everything is handed over and something went to an address", () => {
    expect(deriveOrderStatus(l("picked_up", "delivered"))).toBe("delivered");
    expect(deriveOrderStatus(l("picked_up", "picked_up"))).toBe("picked_up");
  });
});

describe("cancelling an order", () => {
  const line = (id: string, kind: "ship" | "take_now", status: Parameters<typeof deriveOrderStatus>[0][number]["status"]) => ({ id, kind, status });
  it("cancels the unshipped ship lines and leaves take-now lines alone", () => {
    const r = cancellableLines([line("a", "ship", "placed"), line("b", "ship", "picking"), line("c", "take_now", "picked_up")]);
    expect(r.ok && r.lines.map((x) => x.id)).toEqual(["a", "b"]);
  });
  it("refuses once anything has shipped", () => {
    const r = cancellableLines([line("a", "ship", "placed"), line("b", "ship", "shipped")]);
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining("already shipped") });
  });
  it("refuses when nothing is left to cancel", () => {
    expect(cancellableLines([line("a", "ship", "cancelled")]).ok).toBe(false);
  });
});

describe("order numbers", () => {
  it("use an alphabet without 0, O, 1 or I", () => {
    expect(ORDER_NUMBER_ALPHABET).toHaveLength(32);
    for (const c of "0O1I") expect(ORDER_NUMBER_ALPHABET).not.toContain(c);
    expect(new Set(ORDER_NUMBER_ALPHABET).size).toBe(32);
  });
  it("are FW- and six symbols", () => {
    expect(orderNumberFrom(new Uint8Array([0, 1, 2, 31, 32, 255]))).toBe("FW-234Z2Z");
    const n = orderNumberFrom(crypto.getRandomValues(new Uint8Array(6)));
    expect(n).toMatch(/^FW-[23456789A-HJ-NP-Z]{6}$/);
  });
  it("are recognised however the associate types them", () => {
    expect(normaliseOrderNumber("fw-7k3p9q")).toBe("FW-7K3P9Q");
    expect(normaliseOrderNumber("FW 7K3 P9Q")).toBe("FW-7K3P9Q");
    expect(normaliseOrderNumber("7k3p9q")).toBe("FW-7K3P9Q");
    expect(normaliseOrderNumber("FW-7K3P9")).toBeNull();
    expect(normaliseOrderNumber("FW-0O1I23")).toBeNull();
  });
});

describe("promise dates of lines and orders", () => {
  const source = { timeZone: "Europe/Madrid", dispatchCutoff: "15:00", processingDays: 1, region: "MD", lat: 40.4168, lng: -3.7038, canShip: true };
  const store = { lat: 40.4168, lng: -3.7038, region: "MD", timeZone: "Europe/Madrid" };
  const now = new Date("2026-11-23T09:00:00Z");
  it("collecting at the source store is ready on the dispatch day", () => {
    const r = linePromise({ now, source, destination: { kind: "pickup", store }, holidays: [] }, 1, 1);
    expect(r).toMatchObject({ date: "2026-11-23", transitDays: 0 });
  });
  it("collecting at another store travels like a delivery", () => {
    expect(linePromise({ now, source, destination: { kind: "pickup", store }, holidays: [] }, 1, 2).date).toBe("2026-11-24");
  });
  it("the order arrives with its last line", () => {
    expect(orderPromiseDate(["2026-11-24", null, "2026-11-26", "2026-11-25"])).toBe("2026-11-26");
    expect(orderPromiseDate([null])).toBeNull();
  });
});
