import { describe, expect, it } from "vitest";
import { planDemoActivity, type ActivityInput } from "./demo-activity";
import { DAY_MS } from "./time";

const asOf = new Date("2026-11-24T09:30:00Z");
const staff = (store: number) => [1, 2, 3].map((k) => `00000000-0000-4000-8000-${String(store * 10 + k).padStart(12, "0")}`);
const input: ActivityInput = {
  seed: 7,
  asOf,
  days: 35,
  stores: [1, 2, 3, 4].map((id) => ({ id, timezone: id === 4 ? "Atlantic/Canary" : "Europe/Madrid", staff: staff(id), weight: 1 })),
  flows: [{ id: "f-welcome", version: 1, steps: ["greet", "ask-name", "find"] }],
  variants: [1, 2, 3].map((k) => ({ styleId: k, variantId: 100 + k, colour: "Black", size: String(36 + k), priceCents: 8_000 + k })),
};
const plan = planDemoActivity(input);
const count = (type: string, userId?: string) => plan.events.filter((e) => e.type === type && (!userId || e.userId === userId)).length;

describe("the demo's tablet history", () => {
  it("is the same for the same chain, and lies in the weeks before the seed", () => {
    expect(planDemoActivity(input)).toEqual(plan);
    expect(plan.events.length).toBeGreaterThan(1_000);
    const first = Math.floor(asOf.getTime() / DAY_MS) * DAY_MS - input.days * DAY_MS;
    for (const e of plan.events) {
      expect(e.occurredAt.getTime()).toBeGreaterThanOrEqual(first);
      expect(e.occurredAt.getTime()).toBeLessThan(asOf.getTime());
      expect(e.receivedAt.getTime()).toBeGreaterThan(e.occurredAt.getTime());
    }
  });

  it("records every lost sale both as a row and as its usage event", () => {
    expect(plan.lostSales.length).toBeGreaterThan(0);
    expect(plan.lostSales.length).toBe(count("lost_sale"));
    for (const l of plan.lostSales) expect(input.variants.some((v) => v.variantId === l.variantId && v.size === l.size)).toBe(true);
  });

  it("gives every store two tablets, one of them unused for ten days in every fourth store", () => {
    expect(plan.devices).toHaveLength(input.stores.length * 2);
    const tablet2 = plan.devices.find((d) => d.storeId === 1 && d.name === "Floor tablet 2")!;
    const uses = plan.events.filter((e) => e.deviceId === tablet2.id).map((e) => e.occurredAt.getTime());
    expect(uses.length).toBeGreaterThan(0);
    expect(Math.max(...uses)).toBeLessThan(asOf.getTime() - 9 * DAY_MS);
    expect(tablet2.lastSeenAt?.getTime()).toBe(Math.max(...uses));
    const busy = plan.devices.find((d) => d.storeId === 2 && d.name === "Floor tablet 2")!;
    expect(plan.events.some((e) => e.deviceId === busy.id && e.occurredAt.getTime() > asOf.getTime() - 5 * DAY_MS)).toBe(true);
  });

  it("has one associate per store who hardly ever captures a new customer: the coaching example", () => {
    for (const store of input.stores) {
      const rate = (u: string) => count("customer_captured", u) / (count("customer_found", u) + count("customer_captured", u));
      const [a, b, c] = store.staff.map(rate);
      expect(b!).toBeLessThan(a! / 2);
      expect(b!).toBeLessThan(c! / 2);
    }
  });

  it("runs flows step by step, each run finished or dropped at a step", () => {
    const runs = new Map<string, string[]>();
    for (const e of plan.events.filter((x) => x.type.startsWith("flow_"))) {
      const id = String(e.payload.runId);
      runs.set(id, [...(runs.get(id) ?? []), e.type]);
      if (e.type.startsWith("flow_step_")) expect(input.flows[0]!.steps).toContain(e.payload.stepId);
    }
    expect(runs.size).toBeGreaterThan(10);
    for (const types of runs.values()) {
      expect(types[0]).toBe("flow_started");
      expect(["flow_finished", "flow_abandoned"]).toContain(types.at(-1));
    }
    expect(count("flow_abandoned")).toBeGreaterThan(0);
    expect(count("flow_finished")).toBeGreaterThan(count("flow_abandoned"));
  });

  it("attributes each order to another store with its value, and consents as granted purposes", () => {
    const orders = plan.events.filter((e) => e.type === "order_placed");
    expect(orders.length).toBeGreaterThan(0);
    for (const o of orders) {
      expect(o.payload.sourceStoreId).not.toBe(o.storeId);
      expect(o.payload.sources).toEqual([{ storeId: o.payload.sourceStoreId, valueCents: o.payload.totalCents }]);
    }
    const consents = plan.events.filter((e) => e.type === "consent_recorded");
    expect(new Set(consents.map((c) => c.payload.purpose))).toEqual(new Set(["marketing_email", "marketing_sms", "personalisation"]));
    expect(consents.every((c) => c.payload.decision === "granted")).toBe(true);
  });
});
