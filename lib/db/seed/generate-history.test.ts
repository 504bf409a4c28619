import { describe, expect, it } from "vitest";
import type { CustomerBatch } from "./generate-customer-batch";
import { planChain } from "./generate-chain";
import { DEMO_SCALE, resolveParams } from "./params";
import { sizeFor } from "./size-runs";

const AS_OF = new Date("2025-06-01T09:00:00Z");
const plan = planChain(resolveParams({ ...DEMO_SCALE, asOf: AS_OF }));
const batches: CustomerBatch[] = [...plan.customerBatches(1_000)];
const customers = batches.flatMap((b) => b.customers);
const sales = batches.flatMap((b) => b.sales);
const lines = batches.flatMap((b) => b.lines);
const styleOf = (id: number) => plan.catalog.styles[id - 1];
const saleById = new Map(sales.map((s) => [s.id, s]));

describe("purchase history", () => {
  it("keeps each customer's sizes in everything they buy for themselves", () => {
    const sizes = new Map(customers.map((c) => [c.id, c.sizes]));
    let checked = 0;
    for (const l of lines) {
      const style = styleOf(l.styleId);
      const sale = saleById.get(l.saleId);
      const person = sale && sizes.get(sale.customerId);
      // Children's items are bought by parents in the child's size, which is not stored.
      if (!style || !person || style.department === "kids") continue;
      const variant = plan.catalog.variants[l.variantId - 1];
      expect(variant?.size).toBe(sizeFor({ shoe: person.shoe ?? "", tops: person.tops ?? "", bottoms: person.bottoms ?? "" }, style.sizeKind, style.sizes));
      checked++;
    }
    expect(checked).toBeGreaterThan(40_000);
  });

  it("sells sandals in summer and boots in winter", () => {
    const share = (category: string, months: number[]) => {
      const inMonths = lines.filter((l) => months.includes(new Date(saleById.get(l.saleId)?.at ?? 0).getUTCMonth()));
      return inMonths.filter((l) => styleOf(l.styleId)?.category === category).length / inMonths.length;
    };
    expect(share("sandals", [5, 6, 7])).toBeGreaterThan(3 * share("sandals", [11, 0, 1]));
    expect(share("boots", [11, 0, 1])).toBeGreaterThan(3 * share("boots", [5, 6, 7]));
  });

  it("puts complementary items in the same basket", () => {
    const baskets = new Map<string, Set<string>>();
    for (const l of lines) {
      const set = baskets.get(l.saleId) ?? new Set<string>();
      set.add(styleOf(l.styleId)?.category ?? "");
      baskets.set(l.saleId, set);
    }
    const all = [...baskets.values()];
    const rate = (cat: string, among: Set<string>[]) => among.filter((b) => b.has(cat)).length / among.length;
    const withRunning = all.filter((b) => b.has("running"));
    expect(rate("sports-tops", withRunning)).toBeGreaterThan(5 * rate("sports-tops", all));
    const withJeans = all.filter((b) => b.has("jeans"));
    expect(rate("t-shirts", withJeans)).toBeGreaterThan(2 * rate("t-shirts", all));
  });

  it("has structure a recommender can learn: co-purchases beat popularity on the last 60 days", () => {
    const cut = AS_OF.getTime() - 60 * 86_400_000;
    const train = new Map<string, Set<number>>();
    const test = new Map<string, Set<number>>();
    for (const l of lines) {
      const sale = saleById.get(l.saleId);
      if (!sale) continue;
      const into = new Date(sale.at).getTime() < cut ? train : test;
      const set = into.get(sale.customerId) ?? new Set<number>();
      set.add(l.styleId);
      into.set(sale.customerId, set);
    }
    const pop = new Map<number, number>();
    const co = new Map<number, Map<number, number>>();
    for (const set of train.values()) {
      for (const i of set) {
        pop.set(i, (pop.get(i) ?? 0) + 1);
        const row = co.get(i) ?? new Map<number, number>();
        for (const j of set) if (j !== i) row.set(j, (row.get(j) ?? 0) + 1);
        co.set(i, row);
      }
    }
    const ranked = [...pop.entries()].sort((a, b) => b[1] - a[1]).map(([i]) => i);
    let users = 0;
    let popHits = 0;
    let coHits = 0;
    for (const [customer, bought] of test) {
      const history = train.get(customer);
      if (!history) continue;
      users++;
      const popTop = ranked.filter((i) => !history.has(i)).slice(0, 10);
      const scores = new Map<number, number>();
      for (const i of history) {
        for (const [j, n] of co.get(i) ?? []) {
          if (!history.has(j)) scores.set(j, (scores.get(j) ?? 0) + n / Math.sqrt((pop.get(i) ?? 1) * (pop.get(j) ?? 1)));
        }
      }
      const coTop = [...scores.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([j]) => j);
      if (popTop.some((i) => bought.has(i))) popHits++;
      if (coTop.some((i) => bought.has(i))) coHits++;
    }
    expect(users).toBeGreaterThan(1_000);
    expect(coHits / users).toBeGreaterThan(1.5 * (popHits / users));
  });
});
