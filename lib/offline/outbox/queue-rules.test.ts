import { describe, expect, it } from "vitest";
import { customerFor, dueEntries, fifo, waitReason, waitingCounts, type QueueItem } from "./queue-rules";

const item = (id: string, over: Partial<QueueItem> = {}): QueueItem => ({
  id,
  userId: "ana",
  createdAt: 1_000,
  seq: 0,
  status: "pending",
  nextAttemptAt: 0,
  dependsOn: null,
  result: null,
  ...over,
});
const ctx = { userId: "ana", now: 10_000 };

describe("the order entries are sent in", () => {
  it("is the order they were made in, ties broken by sequence", () => {
    const items = [item("c", { createdAt: 3 }), item("a", { createdAt: 1, seq: 2 }), item("b", { createdAt: 1, seq: 1 })];
    expect([...items].sort(fifo).map((i) => i.id)).toEqual(["b", "a", "c"]);
  });

  it("leaves out what is sent, refused, not due, or another associate's", () => {
    const items = [
      item("sent", { status: "sent" }),
      item("refused", { status: "attention" }),
      item("theirs", { userId: "ben" }),
      item("due", { createdAt: 2_000 }),
      item("later", { createdAt: 3_000, nextAttemptAt: 20_000 }),
    ];
    expect(dueEntries(items, ctx).map((i) => i.id)).toEqual(["due"]);
  });

  it("keeps later entries behind one that is waiting out its backoff", () => {
    const items = [item("first", { createdAt: 1, nextAttemptAt: 20_000 }), item("second", { createdAt: 2 })];
    expect(dueEntries(items, ctx)).toEqual([]);
    expect(dueEntries(items, { ...ctx, force: true }).map((i) => i.id)).toEqual(["first", "second"]);
  });

  it("ignores the backoff when the associate taps Send now or the network returns", () => {
    expect(dueEntries([item("later", { nextAttemptAt: 20_000 })], { ...ctx, force: true }).map((i) => i.id)).toEqual(["later"]);
  });

  it("holds an order until the customer it names has been captured", () => {
    const customer = item("cust", { nextAttemptAt: 20_000 });
    const order = item("order", { createdAt: 2_000, dependsOn: "cust" });
    const byId = new Map([customer, order].map((i) => [i.id, i]));
    expect(waitReason(order, byId, ctx)).toBe("waiting_for_dependency");
    expect(dueEntries([customer, order], ctx)).toEqual([]);
    const sent = { ...customer, status: "sent" as const, result: { customerId: "srv-1" } };
    expect(dueEntries([sent, order], ctx).map((i) => i.id)).toEqual(["order"]);
  });

  it("keeps another associate's entries for their next sign-in", () => {
    expect(waitReason(item("x", { userId: "ben" }), new Map(), ctx)).toBe("other_associate");
    expect(waitReason(item("x", { userId: "ben" }), new Map(), { ...ctx, userId: "ben" })).toBeNull();
  });
});

describe("the customer an offline order is for", () => {
  const contact = { firstName: "Lucía", phone: "612345678" };

  it("is the id the server gave the capture (which may be an existing customer)", () => {
    expect(customerFor(item("c", { status: "sent", result: { customerId: "existing-7" } }), contact)).toEqual({ ready: { id: "existing-7" } });
  });

  it("waits while the capture is pending or needs the associate", () => {
    expect(customerFor(item("c"), contact)).toEqual({ wait: true });
    expect(customerFor(item("c", { status: "attention" }), contact)).toEqual({ wait: true });
  });

  it("falls back to the typed contact when the capture was discarded", () => {
    expect(customerFor(undefined, contact)).toEqual({ ready: contact });
    expect(customerFor(undefined, undefined)).toEqual({ missing: true });
  });
});

describe("waiting counts", () => {
  it("counts the associate's unsent entries and, apart, everyone else's", () => {
    const items = [item("a"), item("b", { status: "attention" }), item("c", { status: "sent" }), item("d", { userId: "ben" })];
    expect(waitingCounts(items, "ana")).toEqual({ mine: 2, others: 1, attention: 1 });
    expect(waitingCounts(items, null)).toEqual({ mine: 0, others: 3, attention: 0 });
  });
});
