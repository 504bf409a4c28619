import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/lib/db/client";
import { createTestDb } from "@/lib/db/testing";
import { apiTokens } from "@/lib/db/schema";
import { hashToken } from "@/lib/auth/password";
import { POST as placeOrderRoute } from "@/app/api/v1/orders/route";
import { GET as eventsRoute } from "@/app/api/v1/orders/events/route";
import { POST as cancelRoute } from "@/app/api/v1/orders/[orderId]/cancel/route";
import { createTestChain, setStock, type TestChain } from "./test-chain";

let h: DbHandle;
let c: TestChain;
const TOKEN = "fw_test_token_0123456789abcdef";

function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(`http://localhost${url}`, {
    method: "POST",
    headers: { authorization: `Bearer ${TOKEN}`, "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}
const noParams = { params: Promise.resolve({}) };

beforeAll(async () => {
  h = await createTestDb();
  c = await createTestChain(h.db);
  await h.db.insert(apiTokens).values({ name: "OMS", prefix: "fw_test", tokenHash: hashToken(TOKEN) });
});
afterAll(async () => h?.close());

describe("POST /api/v1/orders", () => {
  const body = () => ({
    storeId: c.stores.MAD01,
    customer: { firstName: "Nora", email: "nora@example.com" },
    fulfilment: { kind: "delivery", address: { name: "Nora", line1: "Calle Sol 3", city: "Valencia", postcode: "46001" } },
    lines: [{ kind: "ship", variantId: c.variants.black38, source: "best" }],
  });

  it("requires an Idempotency-Key", async () => {
    const res = await placeOrderRoute(post("/api/v1/orders", body()), noParams);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("idempotency_key_required");
  });

  it("answers 201, then replays the identical response; another body with the key is 422", async () => {
    await setStock(h.db, c.variants.black38, c.stores.BCN01, 2);
    const key = randomUUID();
    const first = await placeOrderRoute(post("/api/v1/orders", body(), { "idempotency-key": key }), noParams);
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBe("false");
    const text = await first.text();
    const again = await placeOrderRoute(post("/api/v1/orders", body(), { "idempotency-key": key }), noParams);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(await again.text()).toBe(text);
    const other = await placeOrderRoute(post("/api/v1/orders", { ...body(), lines: [{ kind: "ship", variantId: c.variants.black38, qty: 2, source: "best" }] }, { "idempotency-key": key }), noParams);
    expect(other.status).toBe(422);
    expect((await other.json()).error.code).toBe("idempotency_mismatch");

    const order = JSON.parse(text) as { id: string };
    const cancel = await cancelRoute(post(`/api/v1/orders/${order.id}/cancel`, {}, { "idempotency-key": randomUUID() }), { params: Promise.resolve({ orderId: order.id }) });
    expect(cancel.status).toBe(200);
    expect((await cancel.json()).status).toBe("cancelled");
  });

  it("409 out_of_stock carries the per-line details", async () => {
    await setStock(h.db, c.variants.black39, c.stores.MAD02, 0);
    await setStock(h.db, c.variants.black39, c.stores.BCN01, 1);
    const res = await placeOrderRoute(
      post("/api/v1/orders", { ...body(), lines: [{ kind: "ship", variantId: c.variants.black39, source: c.stores.MAD02 }] }, { "idempotency-key": randomUUID() }),
      noParams,
    );
    expect(res.status).toBe(409);
    const json = await res.json();
    expect(json.error).toMatchObject({ code: "out_of_stock", details: { lines: [{ index: 0, alternatives: [{ code: "BCN01" }] }] } });
  });

  it("integration tokens must name the store", async () => {
    const { storeId: _omit, ...rest } = body();
    const res = await placeOrderRoute(post("/api/v1/orders", rest, { "idempotency-key": randomUUID() }), noParams);
    expect(res.status).toBe(422);
    expect((await res.json()).error.fields.storeId).toBeDefined();
  });
});

describe("GET /api/v1/orders/events", () => {
  it("serves the feed to the token", async () => {
    const res = await eventsRoute(new Request("http://localhost/api/v1/orders/events?after=0&limit=2", { headers: { authorization: `Bearer ${TOKEN}` } }), noParams);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ events: expect.any(Array), nextAfter: expect.any(Number) });
  });
});
