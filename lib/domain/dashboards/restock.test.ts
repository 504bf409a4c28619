import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { placeOrder } from "@/lib/domain/orders/place-order";
import { placeOrderInputSchema } from "@/lib/domain/orders/schemas";
import { createTestChain, setStock, type TestChain } from "@/lib/domain/orders/test-chain";
import { dashboardScope } from "./dashboard-scope";
import { demand } from "./demand";
import { outcomes } from "./outcomes";

let h: DbHandle;
let c: TestChain;

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
});
afterAll(async () => h?.close());

const home = { kind: "delivery" as const, address: { name: "Ana Ruiz", line1: "Calle Mayor 1", city: "Madrid", postcode: "28013" } };

describe("orders to home in the dashboards (placed through the real order flow)", () => {
  it("shows orders by source store with their value, and the sizes found elsewhere as what to re-stock", async () => {
    await setStock(h.db, c.variants.black38, c.stores.MAD02, 3);
    await setStock(h.db, c.variants.black37, c.stores.MAD01, 2);
    const input = placeOrderInputSchema.parse({
      customer: { firstName: "Ana", phone: "612 000 111" },
      fulfilment: home,
      lines: [{ kind: "ship", variantId: c.variants.black38, qty: 2, source: c.stores.MAD02 }, { kind: "take_now", variantId: c.variants.black37 }],
    });
    const placed = await placeOrder(h.db, c.associate, input, { idempotencyKey: randomUUID(), now: new Date() });
    expect(placed.status).toBe(201);

    const manager: Actor = c.associate.kind === "user" ? { ...c.associate, role: "manager" } : c.associate;
    const scope = dashboardScope(manager, {});
    const o = await outcomes(h.db, scope);
    expect(o.ordersBySourceStore).toEqual([{ sourceStoreId: c.stores.MAD02, orders: 1, valueCents: 2 * 12995 }]);
    expect(o.funnel).toMatchObject({ ordersToHome: 1, sales: 1 });

    const d = await demand(h.db, scope);
    expect(d.restock).toEqual([expect.objectContaining({ colour: "Black", size: "38", orders: 1, units: 2 })]);
    // The source store's own view lists nothing to re-stock: it had the size.
    expect((await demand(h.db, dashboardScope(c.associateAtMad02, {}))).restock).toEqual([]);
  });
});
