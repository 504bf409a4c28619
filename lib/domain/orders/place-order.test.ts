import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { customers, emailOutbox, saleLines, sales, usageEvents } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { placeOrder } from "./place-order";
import { quoteOrder } from "./quote-order";
import { placeOrderInputSchema, type OutOfStockDetails, type PlaceOrderInput } from "./schemas";
import { countRows, createTestChain, setStock, stockAt, type TestChain } from "./test-chain";

let h: DbHandle;
let c: TestChain;
const now = new Date("2026-11-23T09:00:00Z"); // Monday 10:00 in Madrid, before the cut-off
const home = { kind: "delivery" as const, address: { name: "Lucía García", line1: "Calle Mayor 1", city: "Madrid", postcode: "28013" } };
const lucia = { firstName: "Lucía", lastName: "García", phone: "612 345 678", email: "Lucia@Example.com" };

const order = (lines: unknown[], over: Record<string, unknown> = {}): PlaceOrderInput =>
  placeOrderInputSchema.parse({ customer: lucia, fulfilment: home, lines, ...over });
const place = (input: PlaceOrderInput, key = randomUUID()) => placeOrder(h.db, c.associate, input, { idempotencyKey: key, now });

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
});
afterAll(async () => h?.close());

describe("quote", () => {
  it("shows per-line sources and promise dates without reserving", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 2);
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 5);
    const q = await quoteOrder(h.db, c.associate, placeOrderInputSchema.parse({ customer: lucia, fulfilment: home, lines: [{ kind: "ship", variantId: c.variants.black38, source: "best" }] }), { now });
    expect(q.ok).toBe(true);
    expect(q.lines[0]).toMatchObject({ source: { code: "MAD02", available: 2 }, promiseDate: "2026-11-24", alternatives: [{ code: "BCN01", promiseDate: "2026-11-25" }] });
    expect(q.promiseDate).toBe("2026-11-24");
    expect(q.totalCents).toBe(12995);
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 2, reserved: 0 });
  });

  it("flags a line whose store has too few, with the alternatives", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 1);
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 5);
    const q = await quoteOrder(h.db, c.associate, placeOrderInputSchema.parse({ customer: lucia, fulfilment: home, lines: [{ kind: "ship", variantId: c.variants.black38, qty: 2, source: c.stores.MAD02 }] }), { now });
    expect(q.ok).toBe(false);
    expect(q.lines[0]?.problem?.code).toBe("out_of_stock");
    expect(q.lines[0]?.alternatives.map((a) => a.code)).toEqual(["BCN01"]);
  });
});

describe("placing an order", () => {
  it("reserves at the source, creates the customer, a number, the timeline and the email", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 2);
    const res = await place(order([{ kind: "ship", variantId: c.variants.black38, source: c.stores.MAD02 }]));
    expect(res.status).toBe(201);
    expect(res.body.number).toMatch(/^FW-[23456789A-HJ-NP-Z]{6}$/);
    expect(res.body).toMatchObject({ status: "placed", promiseDate: "2026-11-24", totalCents: 12995, emailQueued: true });
    expect(res.body.customer).toMatchObject({ firstName: "Lucía", phone: null, email: null });
    expect(res.body.lines[0]).toMatchObject({ kind: "ship", status: "placed", source: { code: "MAD02" }, nextStatuses: ["picking", "shipped", "cancelled"] });
    expect(res.body.events.map((e) => e.status)).toEqual(["placed"]);
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 2, reserved: 1 });
    const [cust] = await h.db.select().from(customers).where(eq(customers.id, res.body.customer.id));
    expect(cust).toMatchObject({ phoneE164: "+34612345678", emailNorm: "lucia@example.com", nameSearch: "lucia garcia", homeStoreId: c.stores.MAD01 });
    const [mail] = await h.db.select().from(emailOutbox).where(eq(emailOutbox.refId, res.body.id));
    expect(mail).toMatchObject({ to: "lucia@example.com", status: "queued" });
    expect(mail?.bodyText).toContain("Arrives Tuesday 24 November.");
  });

  it("finds the same customer by phone the second time", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    const a = await place(order([{ kind: "ship", variantId: c.variants.black37, source: c.stores.MAD02 }]));
    const b = await place(order([{ kind: "ship", variantId: c.variants.black37, source: c.stores.MAD02 }], { customer: { firstName: "Lucia", phone: "+34612345678" } }));
    expect(b.body.customer.id).toBe(a.body.customer.id);
  });

  it("fails atomically when the source has too few, naming the next-best sources", async () => {
    await setStock(h.db, c.variants.black39, c.stores.MAD02, 0);
    await setStock(h.db, c.variants.black39, c.stores.BCN01, 3);
    const before = await countRows(h.db, "orders");
    const err = await rejection(place(order([{ kind: "ship", variantId: c.variants.black39, source: c.stores.MAD02 }])));
    expect(err).toMatchObject({ code: "out_of_stock", status: 409 });
    expect(err.message).toBe("T-AB-1-BLK-39 is no longer available at MAD02. BCN01 can have it Wednesday 25 November.");
    const details = err.details as OutOfStockDetails;
    expect(details.lines[0]).toMatchObject({ index: 0, requestedSource: c.stores.MAD02, triedStoreIds: [c.stores.MAD02], alternatives: [{ code: "BCN01", promiseDate: "2026-11-25", available: 3 }] });
    expect(await countRows(h.db, "orders")).toBe(before);
    expect(JSON.parse(JSON.stringify(err)).error.details.lines[0].alternatives[0].code).toBe("BCN01");
  });

  it("rolls a multi-line order back as a whole", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 3);
    await setStock(h.db, c.variants.black39, c.stores.BCN01, 0);
    const before = await countRows(h.db, "orders");
    const err = await rejection(
      place(order([{ kind: "ship", variantId: c.variants.black37, source: c.stores.MAD02 }, { kind: "ship", variantId: c.variants.black39, source: c.stores.BCN01 }])),
    );
    expect(err.code).toBe("out_of_stock");
    expect((err.details as OutOfStockDetails).lines.map((l) => l.index)).toEqual([1]);
    expect(await stockAt(h.db, c.variants.black37, c.stores.MAD02)).toEqual({ onHand: 3, reserved: 0 });
    expect(await countRows(h.db, "orders")).toBe(before);
  });

  it("best source picks the earliest date and falls back when the first choice is gone", async () => {
    await setStock(h.db, c.variants.black39, c.stores.MAD02, 1);
    await setStock(h.db, c.variants.black39, c.stores.BCN01, 2);
    const a = await place(order([{ kind: "ship", variantId: c.variants.black39, source: "best" }]));
    expect(a.body.lines[0]?.source.code).toBe("MAD02");
    const b = await place(order([{ kind: "ship", variantId: c.variants.black39, source: "best" }]));
    expect(b.body.lines[0]).toMatchObject({ source: { code: "BCN01" }, promiseDate: "2026-11-25" });
    expect(b.body.promiseDate).toBe("2026-11-25");
  });

  it("a take-now line is a store sale that leaves the floor now", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD01, 2);
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 1);
    const res = await place(
      order([{ kind: "take_now", variantId: c.variants.black37 }, { kind: "ship", variantId: c.variants.black38, source: c.stores.BCN01 }]),
    );
    expect(await stockAt(h.db, c.variants.black37, c.stores.MAD01)).toEqual({ onHand: 1, reserved: 0 });
    const take = res.body.lines.find((l) => l.kind === "take_now");
    expect(take).toMatchObject({ status: "picked_up", promiseDate: "2026-11-23", nextStatuses: [] });
    expect(res.body.status).toBe("placed");
    const [sale] = await h.db.select().from(sales).where(eq(sales.orderId, res.body.id));
    expect(sale).toMatchObject({ channel: "store", storeId: c.stores.MAD01, totalCents: 12995 });
    expect(await h.db.select().from(saleLines).where(eq(saleLines.saleId, sale!.id))).toHaveLength(1);
    // The usage event names where the shipped lines come from, for "orders to home by source store".
    const [event] = await h.db.select().from(usageEvents).where(and(eq(usageEvents.type, "order_placed"), sql`${usageEvents.payload}->>'orderId' = ${res.body.id}`));
    expect(event?.payload).toMatchObject({ sourceStoreId: c.stores.BCN01, sources: [{ storeId: c.stores.BCN01, valueCents: 12995 }], takeNowLines: 1 });
  });

  it("pickup at another store: the date is when it reaches that store", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 1);
    const res = await place(order([{ kind: "ship", variantId: c.variants.black38, source: c.stores.BCN01 }], { fulfilment: { kind: "pickup", storeId: c.stores.MAD01 } }));
    expect(res.body).toMatchObject({ fulfilment: "pickup", pickupStore: { code: "MAD01" }, promiseDate: "2026-11-25", address: null });
  });

  it("refuses a store that does not exist as a line problem, not a stock race", async () => {
    const err = await rejection(place(order([{ kind: "ship", variantId: c.variants.black38, source: 99999 }])));
    expect(err).toMatchObject({ code: "validation_failed", fields: { "lines.0.source": "That store is not available." } });
  });

  it("validates the address with a clear postcode message", () => {
    const r = placeOrderInputSchema.safeParse({ customer: lucia, fulfilment: { kind: "delivery", address: { ...home.address, postcode: "2801" } }, lines: [{ kind: "ship", variantId: 1, source: "best" }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]).toMatchObject({ path: ["fulfilment", "address", "postcode"], message: "Spanish postcodes have 5 digits, e.g. 28013" });
  });
});
