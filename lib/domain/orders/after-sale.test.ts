import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { auditLog } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { cancelOrder } from "./cancel-order";
import { changeLineStatus } from "./change-line-status";
import { findOrders } from "./find-orders";
import { getOrder } from "./get-order";
import { listOrderEvents } from "./list-order-events";
import { listStoreOrders } from "./list-store-orders";
import { listToShip } from "./list-to-ship";
import { placeOrder } from "./place-order";
import { lineStatusInputSchema, placeOrderInputSchema } from "./schemas";
import { createTestChain, setStock, stockAt, type TestChain } from "./test-chain";

let h: DbHandle;
let c: TestChain;
const home = { kind: "delivery" as const, address: { name: "Ana Ruiz", line1: "Calle Alcalá 5", city: "Madrid", postcode: "28014" } };

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}

async function placeAt(source: number, opts: { phone?: string; fulfilment?: unknown } = {}) {
  const input = placeOrderInputSchema.parse({
    customer: { firstName: "Ana", phone: opts.phone ?? "623456789" },
    fulfilment: opts.fulfilment ?? home,
    lines: [{ kind: "ship", variantId: c.variants.black38, source }],
  });
  return (await placeOrder(h.db, c.associate, input, { idempotencyKey: randomUUID() })).body;
}
const status = (s: string, extra: Record<string, string> = {}) => lineStatusInputSchema.parse({ status: s, ...extra });

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
});
afterAll(async () => h?.close());

describe("the source store's to-ship queue", () => {
  it("lists ship lines sourced here, then pick, pack, ship and deliver move them and the stock", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 3);
    const order = await placeAt(c.stores.MAD02);
    const queue = await listToShip(h.db, c.associateAtMad02, c.stores.MAD02);
    const item = queue.find((q) => q.orderId === order.id)!;
    expect(item).toMatchObject({ orderNumber: order.number, customerFirstName: "Ana", status: "placed", packed: false, destination: "28014 Madrid", variant: { size: "38", sku: "T-AB-1-BLK-38" } });
    await expect(listToShip(h.db, c.associate, c.stores.MAD02)).rejects.toThrow(/another store/);

    const lineId = item.lineId;
    await changeLineStatus(h.db, c.associateAtMad02, order.id, lineId, status("picking"));
    const packed = await changeLineStatus(h.db, c.associateAtMad02, order.id, lineId, status("packed"));
    expect(packed.lines[0]).toMatchObject({ status: "picking", packed: true });
    expect((await listToShip(h.db, c.associateAtMad02, c.stores.MAD02)).find((q) => q.lineId === lineId)?.packed).toBe(true);

    // The selling store cannot mark another store's parcel shipped.
    await expect(changeLineStatus(h.db, c.associate, order.id, lineId, status("shipped", { carrier: "SEUR", trackingNumber: "X1" }))).rejects.toThrow(/Another store/);
    const shipped = await changeLineStatus(h.db, c.associateAtMad02, order.id, lineId, status("shipped", { carrier: "SEUR", trackingNumber: "TRK123" }));
    expect(shipped).toMatchObject({ status: "shipped", canCancel: false });
    expect(shipped.lines[0]).toMatchObject({ carrier: "SEUR", trackingNumber: "TRK123", nextStatuses: ["delivered"] });
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 2, reserved: 0 });
    expect((await listToShip(h.db, c.associateAtMad02, c.stores.MAD02)).some((q) => q.lineId === lineId)).toBe(false);

    // Integrators may resend an event: a repeat is a no-op.
    await changeLineStatus(h.db, c.token, order.id, lineId, status("shipped", { carrier: "SEUR", trackingNumber: "TRK123" }));
    const delivered = await changeLineStatus(h.db, c.token, order.id, lineId, status("delivered"));
    expect(delivered.status).toBe("delivered");
    expect(delivered.events.map((e) => `${e.lineId ? "line" : "order"}:${e.status}${e.note ? `(${e.note})` : ""}`)).toEqual([
      "order:placed",
      "line:picking",
      "order:picking",
      "line:picking(packed)",
      "line:shipped(SEUR TRK123)",
      "order:shipped",
      "line:delivered",
      "order:delivered",
    ]);
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 2, reserved: 0 });
  });

  it("refuses a transition the rules do not allow", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 1);
    const order = await placeAt(c.stores.MAD02);
    const err = await rejection(changeLineStatus(h.db, c.token, order.id, order.lines[0]!.id, status("delivered")));
    expect(err).toMatchObject({ status: 409, details: { from: "placed", to: "delivered" } });
  });

  it("a pickup at the source store is handed over without shipping, consuming the reservation", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 1);
    const order = await placeAt(c.stores.MAD02, { fulfilment: { kind: "pickup", storeId: c.stores.MAD02 } });
    const done = await changeLineStatus(h.db, c.associateAtMad02, order.id, order.lines[0]!.id, status("picked_up"));
    expect(done.status).toBe("picked_up");
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 0, reserved: 0 });
  });
});

describe("cancelling", () => {
  it("releases the reservation once, and a retry with the same key returns the same answer", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 2);
    const order = await placeAt(c.stores.BCN01);
    expect(await stockAt(h.db, c.variants.black38, c.stores.BCN01)).toEqual({ onHand: 2, reserved: 1 });
    const key = randomUUID();
    const first = await cancelOrder(h.db, c.associate, order.id, { reason: "Changed her mind" }, { idempotencyKey: key });
    const again = await cancelOrder(h.db, c.associate, order.id, { reason: "Changed her mind" }, { idempotencyKey: key });
    expect(first.body.status).toBe("cancelled");
    expect(again).toMatchObject({ replayed: true, json: first.json, status: 200 });
    expect(await stockAt(h.db, c.variants.black38, c.stores.BCN01)).toEqual({ onHand: 2, reserved: 0 });
    // A new key is a new request, and there is nothing left to cancel.
    await expect(cancelOrder(h.db, c.associate, order.id, {}, { idempotencyKey: randomUUID() })).rejects.toThrow(/Nothing in this order/);
  });

  it("an order with a shipped line cannot be cancelled", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 2);
    const order = await placeAt(c.stores.BCN01);
    await changeLineStatus(h.db, c.token, order.id, order.lines[0]!.id, status("shipped", { carrier: "MRW", trackingNumber: "1" }));
    const err = await rejection(cancelOrder(h.db, c.associate, order.id, {}, { idempotencyKey: randomUUID() }));
    expect(err).toMatchObject({ status: 409, message: expect.stringContaining("already shipped") });
  });
});

describe("finding orders after the sale", () => {
  it("by exact number however typed, by phone, by email; nothing by partial input", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 5);
    const order = await placeAt(c.stores.MAD02, { phone: "699 111 222" });
    expect((await findOrders(h.db, c.associateAtMad02, { number: order.number.toLowerCase().replace("-", " ") })).map((o) => o.id)).toEqual([order.id]);
    expect((await findOrders(h.db, c.associateAtMad02, { phone: "+34 699111222" }))[0]).toMatchObject({ id: order.id, customerFirstName: "Ana", itemCount: 1 });
    expect(await findOrders(h.db, c.associate, { number: order.number.slice(0, 5) })).toEqual([]);
  });

  it("store lists are scoped: sold here, shipping from here, or collected here", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 5);
    const order = await placeAt(c.stores.MAD02);
    expect((await listStoreOrders(h.db, c.associateAtMad02, c.stores.MAD02)).some((o) => o.id === order.id)).toBe(true);
    expect((await listStoreOrders(h.db, c.admin, c.stores.BCN01)).some((o) => o.id === order.id)).toBe(false);
    await expect(listStoreOrders(h.db, c.associate, c.stores.BCN01)).rejects.toThrow(/another store/);
  });

  it("seeing the customer's contact details is audited", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 5);
    const order = await placeAt(c.stores.MAD02);
    const plain = await getOrder(h.db, c.associate, order.id);
    expect(plain.customer.phone).toBeNull();
    const full = await getOrder(h.db, c.associate, order.id, { withContact: true, screen: "order" });
    expect(full.customer.phone).toBe("+34623456789");
    expect(full.address).toMatchObject({ postcode: "28014" });
    const audits = await h.db.select().from(auditLog).where(and(eq(auditLog.entity, "customer"), eq(auditLog.entityId, order.customer.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({ action: "view_contact", detail: { orderId: order.id } });
  });
});

describe("the events feed", () => {
  it("pages by cursor without gaps or repeats", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 10);
    for (let i = 0; i < 3; i++) await placeAt(c.stores.BCN01);
    const all: number[] = [];
    let after = 0;
    for (let page = 0; page < 100; page++) {
      const feed = await listOrderEvents(h.db, c.token, { after, limit: 4, settleMs: 0 });
      all.push(...feed.events.map((e) => e.id));
      expect(feed.nextAfter).toBe(feed.events.at(-1)?.id ?? after);
      after = feed.nextAfter;
      if (!feed.hasMore) break;
    }
    expect(all.length).toBeGreaterThan(8);
    expect([...all].sort((a, b) => a - b)).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    const empty = await listOrderEvents(h.db, c.token, { after, limit: 4, settleMs: 0 });
    expect(empty).toEqual({ events: [], nextAfter: after, hasMore: false });
  });

  it("holds back events younger than the settle window", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 1);
    const order = await placeAt(c.stores.BCN01);
    const feed = await listOrderEvents(h.db, c.token, { after: 0, limit: 500, settleMs: 60_000 });
    expect(feed.events.some((e) => e.orderId === order.id)).toBe(false);
  });

  it("store people only see their stores' orders", async () => {
    const feed = await listOrderEvents(h.db, c.associate, { after: 0, limit: 500, settleMs: 0 });
    const mine = await listStoreOrders(h.db, c.associate, c.stores.MAD01, { limit: 200 });
    const ids = new Set(mine.map((o) => o.id));
    expect(feed.events.every((e) => ids.has(e.orderId))).toBe(true);
  });
});
