import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { planChain } from "./generate-chain";
import { DEMO_SCALE, TEST_SCALE, resolveParams, type ChainScale } from "./params";

const AS_OF = new Date("2025-06-01T09:00:00Z");
// Past the 36 hand-placed stores, so the jittered extras are covered too.
const MID: ChainScale = { seed: 7, stores: 40, styles: 150, customers: 400, historyDays: 200, associatesPerStore: 3 };

function fingerprint(scale: ChainScale, asOf = AS_OF): string {
  const plan = planChain(resolveParams({ ...scale, asOf }));
  const h = createHash("sha256");
  const { stores, catalog, users, holidays, settings, consentTexts, apiToken } = plan;
  h.update(JSON.stringify({ stores, catalog, users, holidays, settings, consentTexts, apiToken }));
  for (const s of plan.stock()) {
    h.update(String(s.storeId));
    h.update(Buffer.from(s.variantIds.buffer, s.variantIds.byteOffset, s.variantIds.byteLength));
    h.update(Buffer.from(s.onHand.buffer, s.onHand.byteOffset, s.onHand.byteLength));
  }
  for (const b of plan.customerBatches(128)) h.update(JSON.stringify(b));
  return h.digest("hex");
}

describe("planChain", () => {
  it("is deterministic: same seed and asOf give byte-identical data", () => {
    expect(fingerprint(MID)).toBe(fingerprint(MID));
  });

  it("changes with the seed and with asOf", () => {
    const base = fingerprint(MID);
    expect(fingerprint({ ...MID, seed: 8 })).not.toBe(base);
    expect(fingerprint(MID, new Date("2025-06-02T09:00:00Z"))).not.toBe(base);
  });

  it("does not depend on how customers are batched", () => {
    const plan = planChain(resolveParams({ ...MID, asOf: AS_OF }));
    const whole = JSON.stringify([...plan.customerBatches(MID.customers)].flatMap((b) => b.sales));
    const chunked = JSON.stringify([...plan.customerBatches(37)].flatMap((b) => b.sales));
    expect(chunked).toBe(whole);
  });

  it("makes the test chain's stores and styles a prefix of the demo chain's", () => {
    const demo = planChain(resolveParams({ ...DEMO_SCALE, asOf: AS_OF }));
    const test = planChain(resolveParams({ ...TEST_SCALE, asOf: AS_OF }));
    expect(test.stores.map((s) => s.code)).toEqual(["MAD01", "MAD02", "BCN01", "VLC01"]);
    expect(test.stores).toEqual(demo.stores.slice(0, TEST_SCALE.stores));
    expect(test.catalog.styles).toEqual(demo.catalog.styles.slice(0, TEST_SCALE.styles));
  });

  it("builds roughly the demo chain that was asked for", () => {
    const plan = planChain(resolveParams({ ...DEMO_SCALE, asOf: AS_OF }));
    expect(plan.stores).toHaveLength(24);
    expect(plan.catalog.styles).toHaveLength(600);
    expect(plan.catalog.variants.length).toBeGreaterThan(9_000);
    expect(plan.catalog.variants.length).toBeLessThan(13_000);
    expect(plan.users.filter((u) => u.role === "associate")).toHaveLength(72);
    expect(plan.users.filter((u) => u.role === "manager")).toHaveLength(24);
    expect(plan.users.filter((u) => u.role === "admin")).toHaveLength(1);
    let stock = 0;
    let carried = 0;
    for (const s of plan.stock()) {
      stock += s.variantIds.length;
      const styles = new Set(Array.from(s.variantIds, (v) => plan.catalog.variants[v - 1]?.styleId));
      carried += styles.size / plan.catalog.styles.length;
    }
    // Each store carries ~55-90% of the styles.
    expect(carried / plan.stores.length).toBeGreaterThan(0.55);
    expect(carried / plan.stores.length).toBeLessThan(0.9);
    expect(stock).toBeGreaterThan(100_000);
    let customers = 0;
    let sales = 0;
    let lines = 0;
    for (const b of plan.customerBatches(1_000)) {
      customers += b.customers.length;
      sales += b.sales.length;
      lines += b.lines.length;
    }
    expect(customers).toBe(5_000);
    expect(sales / customers).toBeGreaterThan(6);
    expect(sales / customers).toBeLessThan(10);
    expect(lines / sales).toBeGreaterThan(1.2);
    expect(lines / sales).toBeLessThan(2);
  });
});
