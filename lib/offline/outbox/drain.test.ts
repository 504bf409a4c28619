import "fake-indexeddb/auto";
import { beforeEach, describe, expect, it } from "vitest";
import { outboxDb } from "./db";
import { drainOutbox } from "./drain";
import { enqueue, listRecords, readProblem, retryWithPayload } from "./store";
import type { OutboxRecord, PayloadOf } from "./types";

/**
 * A stand-in for the API with the server's promises: one result per Idempotency-Key (a capture's clientId),
 * 409 out_of_stock with alternatives, and 401 without a session. It records every request that reached it.
 */
function fakeServer(opts: { stock?: number; signedIn?: boolean } = {}) {
  const seen: { url: string; key: string; body: Record<string, unknown> }[] = [];
  const done = new Map<string, unknown>();
  let stock = opts.stock ?? 5;
  let dropNextAnswer = false;
  let offline = false;
  const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
  const fetch = async (url: string | URL | Request, init?: RequestInit): Promise<Response> => {
    if (offline) throw new TypeError("Failed to fetch");
    const key = new Headers(init?.headers).get("idempotency-key")!;
    const body = JSON.parse(String(init?.body)) as Record<string, unknown>;
    seen.push({ url: String(url), key, body });
    if (opts.signedIn === false) return json(401, { error: { code: "unauthenticated", message: "Please sign in." } });
    let answer: Response;
    if (String(url).endsWith("/quote")) {
      const lines = (body.lines as { source: number }[]).map((l, index) => ({
        index, unitPriceCents: 12995, alternatives: [{ storeId: 9, code: "VLC01", name: "Valencia", city: "Valencia", available: 3, distanceKm: 300, promiseDate: "2025-06-10" }],
        problem: stock > 0 ? null : { code: "out_of_stock", message: "Gone at MAD02." },
      }));
      answer = json(200, { ok: stock > 0, lines });
    } else if (done.has(key)) answer = json(201, done.get(key));
    else if (String(url).endsWith("/customers")) {
      const result = { status: "created", customer: { id: body.clientId, firstName: body.firstName }, consentsRecorded: 0 };
      done.set(key, result);
      answer = json(200, result);
    } else if (String(url).endsWith("/orders")) {
      if (stock <= 0) return json(409, { error: { code: "out_of_stock", message: "Gone.", details: { lines: [{ index: 0, alternatives: [] }] } } });
      stock--;
      const result = { id: `order-${done.size}`, number: `MAD01-${1000 + done.size}`, customer: body.customer };
      done.set(key, result);
      answer = json(201, result);
    } else answer = json(200, {});
    if (dropNextAnswer) {
      dropNextAnswer = false;
      throw new TypeError("Failed to fetch");
    }
    return answer;
  };
  return {
    fetch: fetch as typeof globalThis.fetch,
    seen,
    created: () => [...done.values()],
    dropNextAnswer: () => (dropNextAnswer = true),
    setOffline: (v: boolean) => (offline = v),
    setStock: (n: number) => (stock = n),
  };
}

const customer = (firstName: string): PayloadOf["customer"] => ({ firstName, phone: "612345678", consentChannel: "assisted" });
const order = (source = 2): PayloadOf["order"] => ({
  body: { fulfilment: { kind: "delivery", address: { name: "L", line1: "Calle 1", city: "Madrid", postcode: "28013" } }, lines: [{ kind: "ship", variantId: 7, qty: 1, source }] },
  contact: { firstName: "Lucía", phone: "612345678" },
  labels: [{ styleName: "Aria", colour: "Black", size: "38", sku: "X", priceCents: 12995 }],
  provisional: true,
});
const byId = async (id: string) => (await listRecords()).find((r) => r.id === id)!;

beforeEach(async () => {
  const db = await outboxDb();
  await db.clear("entries");
});

describe("draining the outbox", () => {
  it("sends in the order made, and the order waits for the customer captured before it and uses their id", async () => {
    const server = fakeServer();
    const c = await enqueue("customer", { userId: "ana", payload: customer("Lucía"), now: 1 });
    const o = await enqueue("order", { userId: "ana", payload: order(), dependsOn: c.id, now: 2 });
    const report = await drainOutbox({ userId: "ana", fetch: server.fetch });
    expect(report).toMatchObject({ sent: 2, stoppedBy: "done" });
    expect(server.seen.map((s) => s.url)).toEqual(["/api/v1/customers", "/api/v1/orders/quote", "/api/v1/orders"]);
    expect(server.seen[2]!.body.customer).toEqual({ id: c.id });
    expect((await byId(o.id)).result).toMatchObject({ orderNumber: "MAD01-1001" });
    expect((await byId(o.id)).payload).toBeNull();
  });

  it("never creates twice when the answer is lost after the server acted", async () => {
    const server = fakeServer();
    const o = await enqueue("order", { userId: "ana", payload: { ...order(), body: { ...order().body, customer: { firstName: "Lucía", phone: "612345678" } } } });
    server.dropNextAnswer(); // the quote
    await drainOutbox({ userId: "ana", fetch: server.fetch });
    server.seen.length = 0;
    // Drop the answer of the order itself: it was created, the tablet does not know.
    const drop = server.fetch;
    let calls = 0;
    const dropOrderAnswer: typeof fetch = async (u, i) => {
      const res = await drop(u, i);
      if (String(u).endsWith("/orders") && calls++ === 0) throw new TypeError("Failed to fetch");
      return res;
    };
    await drainOutbox({ userId: "ana", fetch: dropOrderAnswer, force: true });
    expect((await byId(o.id)).status).toBe("pending");
    await drainOutbox({ userId: "ana", fetch: dropOrderAnswer, force: true });
    expect(server.created()).toHaveLength(1);
    expect((await byId(o.id)).status).toBe("sent");
    // The resend is the same request under the same key, and no second quote was asked for.
    expect(server.seen.filter((s) => s.url.endsWith("/orders")).map((s) => s.key)).toEqual([o.id, o.id]);
    expect(server.seen.filter((s) => s.url.endsWith("/quote"))).toHaveLength(1);
  });

  it("tells the associate when stock is gone, with the next-best sources, and sends again with the source they pick", async () => {
    const server = fakeServer({ stock: 0 });
    const o = await enqueue("order", { userId: "ana", payload: { ...order(), body: { ...order().body, customer: { id: "c-1" } } } });
    await drainOutbox({ userId: "ana", fetch: server.fetch });
    const refused = await byId(o.id);
    expect(refused.status).toBe("attention");
    const problem = await readProblem(refused);
    expect(problem).toMatchObject({ code: "out_of_stock", lines: [{ index: 0, alternatives: [{ code: "VLC01" }] }] });
    server.setStock(3);
    const moved = order(9);
    await retryWithPayload(refused as OutboxRecord & { kind: "order" }, { ...moved, body: { ...moved.body, customer: { id: "c-1" } } });
    await drainOutbox({ userId: "ana", fetch: server.fetch });
    expect((await byId(o.id)).status).toBe("sent");
    expect(server.seen.at(-1)!.body.lines).toEqual([{ kind: "ship", variantId: 7, qty: 1, source: 9 }]);
  });

  it("sends only the signed-in associate's entries, and keeps the rest", async () => {
    const server = fakeServer();
    const mine = await enqueue("customer", { userId: "ana", payload: customer("Lucía") });
    const theirs = await enqueue("customer", { userId: "ben", payload: customer("Marta") });
    await drainOutbox({ userId: "ana", fetch: server.fetch });
    expect((await byId(mine.id)).status).toBe("sent");
    expect((await byId(theirs.id)).status).toBe("pending");
    expect(server.seen).toHaveLength(1);
  });

  it("stops at the first network failure, keeps order, and backs off", async () => {
    const server = fakeServer();
    server.setOffline(true);
    const a = await enqueue("customer", { userId: "ana", payload: customer("A"), now: 1 });
    const b = await enqueue("customer", { userId: "ana", payload: customer("B"), now: 2 });
    const report = await drainOutbox({ userId: "ana", fetch: server.fetch, now: () => 10_000 });
    expect(report.stoppedBy).toBe("offline");
    const first = await byId(a.id);
    expect(first).toMatchObject({ attempts: 1, status: "pending" });
    expect(first.nextAttemptAt).toBeGreaterThanOrEqual(12_000);
    expect((await byId(b.id)).attempts).toBe(0);
    // Not yet due on the timer; due at once when the network is back (force).
    server.setOffline(false);
    expect((await drainOutbox({ userId: "ana", fetch: server.fetch, now: () => 10_500 })).sent).toBe(0);
    expect((await drainOutbox({ userId: "ana", fetch: server.fetch, now: () => 10_500, force: true })).sent).toBe(2);
    expect(server.seen.map((s) => s.body.firstName)).toEqual(["A", "B"]);
  });

  it("gives up on a request that gets no answer, so what is queued behind it is not held for minutes", async () => {
    const server = fakeServer();
    let hung = 0;
    // The first request goes out on a dead connection: nothing comes back until the tablet gives up on it.
    const hangOnce: typeof fetch = (u, i) =>
      hung++ > 0
        ? server.fetch(u, i)
        : new Promise((_, reject) => i?.signal?.addEventListener("abort", () => reject(i.signal!.reason as Error)));
    const a = await enqueue("customer", { userId: "ana", payload: customer("A"), now: 1 });
    await enqueue("customer", { userId: "ana", payload: customer("B"), now: 2 });
    const report = await drainOutbox({ userId: "ana", fetch: hangOnce, timeoutMs: 50 });
    expect(report.stoppedBy).toBe("offline");
    expect(await byId(a.id)).toMatchObject({ status: "pending", attempts: 1, lastError: "No answer within 0.05 s." });
    expect((await drainOutbox({ userId: "ana", fetch: hangOnce, force: true })).sent).toBe(2);
    expect(server.seen.map((s) => s.body.firstName)).toEqual(["A", "B"]);
  });

  it("waits for sign-in when the session has ended, counting no attempt", async () => {
    const server = fakeServer({ signedIn: false });
    const a = await enqueue("customer", { userId: "ana", payload: customer("A") });
    expect((await drainOutbox({ userId: "ana", fetch: server.fetch })).stoppedBy).toBe("signed_out");
    expect(await byId(a.id)).toMatchObject({ status: "pending", attempts: 0 });
  });
});
