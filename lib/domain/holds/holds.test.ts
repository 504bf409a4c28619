import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { holds, usageEvents } from "@/lib/db/schema";
import { createTestChain, setStock, stockAt, type TestChain } from "@/lib/domain/orders/test-chain";
import { AppError } from "@/lib/errors";
import { convertHold } from "./convert-hold";
import { createHold } from "./create-hold";
import { getHold } from "./get-hold";
import { listHolds } from "./list-holds";
import { releaseHold } from "./release-hold";
import { convertHoldInputSchema, holdInputSchema } from "./schemas";
import { sweepExpiredHolds } from "./sweep-expired-holds";

let h: DbHandle;
let c: TestChain;
const t0 = new Date("2026-11-23T09:00:00Z");
const later = (min: number) => new Date(t0.getTime() + min * 60_000);
const hold = (over: Record<string, unknown> = {}) =>
  createHold(h.db, c.associate, holdInputSchema.parse({ variantId: c.variants.black38, atStoreId: c.stores.MAD02, ...over }), { idempotencyKey: randomUUID(), now: t0 });

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
});
afterAll(async () => h?.close());

describe("holds", () => {
  it("reserve a unit for the chain's default 30 minutes", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 2);
    const { body } = await hold();
    expect(body).toMatchObject({ status: "active", kind: "decide", qty: 1, atStore: { code: "MAD02" }, requestedByStoreId: c.stores.MAD01, expiresAt: later(30).toISOString() });
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 2, reserved: 1 });
    await releaseHold(h.db, c.associate, body.id, t0);
  });

  it("refuse when the units are gone, naming where else they are", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 0);
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 1);
    const err = await hold().catch((e: AppError) => e);
    expect(err).toMatchObject({ code: "out_of_stock", details: { lines: [{ alternatives: [{ code: "BCN01" }] }] } });
  });

  it("a pickup hold needs a customer and a day", () => {
    const r = holdInputSchema.safeParse({ variantId: 1, atStoreId: 2, kind: "pickup" });
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["until", "customer"]);
  });

  it("expire by the sweeper exactly once, releasing the unit", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 1);
    const { body } = await hold();
    expect(await sweepExpiredHolds(h.db, later(29))).toBe(0);
    const swept = await Promise.all([sweepExpiredHolds(h.db, later(31)), sweepExpiredHolds(h.db, later(31)), sweepExpiredHolds(h.db, later(32))]);
    expect(swept.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 0 });
    const [row] = await h.db.select().from(holds).where(eq(holds.id, body.id));
    expect(row).toMatchObject({ status: "expired" });
    const events = await h.db.select().from(usageEvents).where(eq(usageEvents.type, "hold_expired"));
    expect(events.filter((e) => e.payload.holdId === body.id)).toHaveLength(1);
  });

  it("are expired on read even before the sweeper runs, and reading releases them", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 1);
    const { body } = await hold({ minutes: 10 });
    const read = await getHold(h.db, c.associate, body.id, later(11));
    expect(read.status).toBe("expired");
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 0 });
    expect(await sweepExpiredHolds(h.db, later(60))).toBe(0);
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 0 });
    expect((await listHolds(h.db, c.associate, c.stores.MAD01, later(11))).some((x) => x.id === body.id)).toBe(false);
  });

  it("convert into an order that keeps the reservation: reserved does not change", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 1);
    const { body } = await hold({ customer: { firstName: "Sara", phone: "634 000 111" } });
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 1 });
    const key = randomUUID();
    const input = convertHoldInputSchema.parse({ fulfilment: { kind: "delivery", address: { name: "Sara", line1: "Calle Luna 2", city: "Madrid", postcode: "28004" } } });
    const order = await convertHold(h.db, c.associate, body.id, input, { idempotencyKey: key, now: later(5) });
    expect(order.status).toBe(201);
    expect(order.body.lines[0]).toMatchObject({ source: { code: "MAD02" }, status: "placed", qty: 1 });
    expect(order.body.customer.firstName).toBe("Sara");
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 1 });
    const after = await getHold(h.db, c.associate, body.id, later(60));
    expect(after).toMatchObject({ status: "converted", orderId: order.body.id });
    // The sweeper never touches a converted hold, a retry returns the same order, and release is refused.
    expect(await sweepExpiredHolds(h.db, later(60))).toBe(0);
    expect((await convertHold(h.db, c.associate, body.id, input, { idempotencyKey: key, now: later(6) })).json).toBe(order.json);
    await expect(releaseHold(h.db, c.associate, body.id, later(7))).rejects.toThrow(/became an order/);
    expect(await stockAt(h.db, c.variants.black38, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 1 });
  });

  it("an expired hold cannot be converted", async () => {
    await setStock(h.db, c.variants.black39, c.stores.MAD02, 1);
    const { body } = await hold({ variantId: c.variants.black39, customer: { firstName: "Sara", phone: "634 000 111" } });
    const input = convertHoldInputSchema.parse({ fulfilment: { kind: "pickup", storeId: c.stores.MAD01 } });
    const err = await convertHold(h.db, c.associate, body.id, input, { idempotencyKey: randomUUID(), now: later(31) }).catch((e: AppError) => e);
    expect(err).toMatchObject({ status: 409, details: { holdStatus: "expired" } });
    expect(await stockAt(h.db, c.variants.black39, c.stores.MAD02)).toEqual({ onHand: 1, reserved: 0 });
  });

  it("release gives the unit back once; a second release is a no-op", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 1);
    const { body } = await hold({ atStoreId: c.stores.BCN01 });
    await releaseHold(h.db, c.associate, body.id, later(1));
    const again = await releaseHold(h.db, c.associate, body.id, later(2));
    expect(again.status).toBe("released");
    expect(await stockAt(h.db, c.variants.black38, c.stores.BCN01)).toEqual({ onHand: 1, reserved: 0 });
  });

  it("a pickup hold lasts until the end of the chosen day at the holding store", async () => {
    await setStock(h.db, c.variants.black37, c.stores.LPA01, 1);
    const { body } = await hold({ variantId: c.variants.black37, atStoreId: c.stores.LPA01, kind: "pickup", until: "2026-11-25", customer: { firstName: "Sara", phone: "634 000 111" } });
    expect(body.expiresAt).toBe("2026-11-26T00:00:00.000Z");
  });
});
