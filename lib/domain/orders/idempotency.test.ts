import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/lib/db/client";
import { actorKey } from "@/lib/auth/actor";
import { createTestDb } from "@/lib/db/testing";
import { idempotencyKeys } from "@/lib/db/schema";
import { requestHash } from "@/lib/api/request-hash";
import { AppError } from "@/lib/errors";
import { placeOrder, PLACE_ORDER_SCOPE } from "./place-order";
import { placeOrderInputSchema, type PlaceOrderInput } from "./schemas";
import { countRows, createTestChain, setStock, stockAt, type TestChain } from "./test-chain";

let h: DbHandle;
let c: TestChain;
const postgres = Boolean(process.env.DATABASE_URL);
const home = { kind: "delivery" as const, address: { name: "Iker Sanz", line1: "Gran Vía 1", city: "Madrid", postcode: "28013" } };
const order = (source: number | "best", qty = 1): PlaceOrderInput =>
  placeOrderInputSchema.parse({ customer: { firstName: "Iker", email: "iker@example.com" }, fulfilment: home, lines: [{ kind: "ship", variantId: c.variants.black37, qty, source }] });

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
}

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
});
afterAll(async () => h?.close());

describe("Idempotency-Key on orders", () => {
  it("a repeat returns the stored response verbatim and creates nothing new", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    const key = randomUUID();
    const before = await countRows(h.db, "orders");
    const first = await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    const second = await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    expect(first.replayed).toBe(false);
    expect(second).toMatchObject({ replayed: true, status: 201 });
    expect(second.json).toBe(first.json);
    expect(await countRows(h.db, "orders")).toBe(before + 1);
    expect(await stockAt(h.db, c.variants.black37, c.stores.MAD02)).toEqual({ onHand: 5, reserved: 1 });
  });

  it("the same key with a different body is a 422", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    const key = randomUUID();
    await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    await expect(placeOrder(h.db, c.associate, order(c.stores.MAD02, 2), { idempotencyKey: key })).rejects.toMatchObject({ code: "idempotency_mismatch", status: 422 });
  });

  it("keys are per caller: another associate's identical key is their own request", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    const key = randomUUID();
    const a = await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    const b = await placeOrder(h.db, c.associateAtMad02, order(c.stores.MAD02), { idempotencyKey: key });
    expect(b.body.id).not.toBe(a.body.id);
  });

  it("a repeat while the first is still running is a 409", async () => {
    const key = randomUUID();
    const input = order(c.stores.MAD02);
    await h.db.insert(idempotencyKeys).values({
      actorKey: actorKey(c.associate),
      key,
      scope: PLACE_ORDER_SCOPE,
      requestHash: requestHash({ ...input, storeId: c.stores.MAD01 }),
      state: "running",
      expiresAt: "2099-01-01",
    });
    await expect(placeOrder(h.db, c.associate, input, { idempotencyKey: key })).rejects.toMatchObject({ code: "idempotency_in_progress", status: 409 });
  });

  it("a claim left running by a crashed process is taken over after a minute", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    const key = randomUUID();
    const input = order(c.stores.MAD02);
    await h.db.insert(idempotencyKeys).values({
      actorKey: actorKey(c.associate),
      key,
      scope: PLACE_ORDER_SCOPE,
      requestHash: requestHash({ ...input, storeId: c.stores.MAD01 }),
      state: "running",
      createdAt: new Date(Date.now() - 120_000),
      expiresAt: "2099-01-01",
    });
    expect((await placeOrder(h.db, c.associate, input, { idempotencyKey: key })).status).toBe(201);
  });

  it("after out of stock, the same key carries the corrected order", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 0);
    await setStock(h.db, c.variants.black37, c.stores.BCN01, 1);
    const key = randomUUID();
    await expect(placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key })).rejects.toMatchObject({ code: "out_of_stock" });
    const fixed = await placeOrder(h.db, c.associate, order(c.stores.BCN01), { idempotencyKey: key });
    expect(fixed.body.lines[0]?.source.code).toBe("BCN01");
    // ...and from then on the key belongs to that order.
    expect((await placeOrder(h.db, c.associate, order(c.stores.BCN01), { idempotencyKey: key })).replayed).toBe(true);
  });

  it("a response lost after the commit: the retry gets the identical body and no second order", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    const key = randomUUID();
    const before = await countRows(h.db, "orders");
    const lost = await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key }); // the tablet never saw this
    const retry = await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    expect(retry.json).toBe(lost.json);
    expect(await countRows(h.db, "orders")).toBe(before + 1);
  });

  it("stores the response for at least 8 days", async () => {
    const key = randomUUID();
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 5);
    await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    const rows = await h.db.select().from(idempotencyKeys);
    const row = rows.find((r) => r.key === key)!;
    expect(row.state).toBe("done");
    expect(Date.parse(row.expiresAt) - Date.now()).toBeGreaterThanOrEqual(8 * 86_400_000);
  });
});

describe("under concurrency", () => {
  it("20 identical requests at once create exactly one order; the others get it back or a 409 in progress", async () => {
    await setStock(h.db, c.variants.black37, c.stores.MAD02, 50);
    const key = randomUUID();
    const before = await countRows(h.db, "orders");
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key })));
    const ok = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof placeOrder>>>).value);
    const refused = results.filter((r) => r.status === "rejected").map((r) => ((r as PromiseRejectedResult).reason as AppError).code);
    expect(await countRows(h.db, "orders")).toBe(before + 1);
    expect(ok.filter((r) => !r.replayed)).toHaveLength(1);
    expect(new Set(ok.map((r) => r.json)).size).toBe(1);
    expect(refused.every((code) => code === "idempotency_in_progress")).toBe(true);
    expect(await stockAt(h.db, c.variants.black37, c.stores.MAD02)).toEqual({ onHand: 50, reserved: 1 });
    const after = await placeOrder(h.db, c.associate, order(c.stores.MAD02), { idempotencyKey: key });
    expect(after.json).toBe(ok[0]!.json);
  });

  it(`20 orders for the last unit: exactly one wins${postgres ? " (real Postgres)" : ""}`, async () => {
    await setStock(h.db, c.variants.black39, c.stores.BCN01, 1);
    const input = placeOrderInputSchema.parse({ customer: { firstName: "Iker", email: "iker@example.com" }, fulfilment: home, lines: [{ kind: "ship", variantId: c.variants.black39, source: c.stores.BCN01 }] });
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => outcome(placeOrder(h.db, c.associate, input, { idempotencyKey: randomUUID() }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o !== "ok").every((o) => o === "out_of_stock")).toBe(true);
    expect(await stockAt(h.db, c.variants.black39, c.stores.BCN01)).toEqual({ onHand: 1, reserved: 1 });
  });

  it("multi-line orders locking the same rows in opposite line order neither deadlock nor oversell", async () => {
    await setStock(h.db, c.variants.black37, c.stores.LPA01, 10);
    await setStock(h.db, c.variants.black38, c.stores.LPA01, 10);
    const lines = [
      { kind: "ship", variantId: c.variants.black37, source: c.stores.LPA01 },
      { kind: "ship", variantId: c.variants.black38, source: c.stores.LPA01 },
    ];
    const make = (reverse: boolean) =>
      placeOrderInputSchema.parse({ customer: { firstName: "Iker", email: "iker@example.com" }, fulfilment: home, lines: reverse ? [...lines].reverse() : lines });
    const outcomes = await Promise.all(Array.from({ length: 16 }, (_, i) => outcome(placeOrder(h.db, c.associate, make(i % 2 === 1), { idempotencyKey: randomUUID() }))));
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(10);
    expect(outcomes.filter((o) => o !== "ok").every((o) => o === "out_of_stock")).toBe(true);
    expect(await stockAt(h.db, c.variants.black37, c.stores.LPA01)).toEqual({ onHand: 10, reserved: 10 });
    expect(await stockAt(h.db, c.variants.black38, c.stores.LPA01)).toEqual({ onHand: 10, reserved: 10 });
  });

  // PGlite has one connection, so another transaction cannot hold a lock while an order waits on it.
  it.runIf(postgres)("an order that waits past lock_timeout runs again and succeeds, once", async () => {
    await setStock(h.db, c.variants.black39, c.stores.BCN01, 3);
    const before = await countRows(h.db, "orders");
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    // A stock update elsewhere holds the row for 2.6 s: longer than the order's 2 s lock_timeout.
    const holder = h.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT 1 FROM stock WHERE variant_id = ${c.variants.black39} AND store_id = ${c.stores.BCN01} FOR UPDATE`);
      locked();
      await held;
    });
    await isLocked;
    setTimeout(release, 2_600);
    const placed = await placeOrder(h.db, c.associate, placeOrderInputSchema.parse({ customer: { firstName: "Iker", email: "iker@example.com" }, fulfilment: home, lines: [{ kind: "ship", variantId: c.variants.black39, source: c.stores.BCN01 }] }), {
      idempotencyKey: randomUUID(),
    });
    await holder;
    expect(placed.status).toBe(201);
    expect(await countRows(h.db, "orders")).toBe(before + 1);
    expect(await stockAt(h.db, c.variants.black39, c.stores.BCN01)).toEqual({ onHand: 3, reserved: 1 });
  });
});
