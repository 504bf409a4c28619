import { describe, expect, it } from "vitest";
import { coachingHints, coachingMetrics, compare, compareFlowSteps, funnel, previousPeriod, toCsv } from "./rules";

describe("funnel", () => {
  it("counts stock lookups and what came of them, with rates per lookup", () => {
    const f = funnel({ stock_grid_view: 80, scan: 20, order_placed: 10, hold_placed: 5, store_sale: 15, hold_converted: 3, lost_sale: 7 });
    expect(f).toMatchObject({ stockLookups: 100, ordersToHome: 10, holds: 5, sales: 18, lostSales: 7 });
    expect(f.orderRate).toBeCloseTo(0.1);
    expect(f.saleRate).toBeCloseTo(0.18);
    expect(f.conversionRate).toBeCloseTo(0.33);
  });
  it("has no rates when nobody looked anything up", () => {
    expect(funnel({ order_placed: 2 })).toMatchObject({ stockLookups: 0, orderRate: null, conversionRate: null });
  });
});

describe("coaching hints", () => {
  it("flags an associate well below the store average", () => {
    const hints = coachingHints(coachingMetrics({ flow_started: 25, customer_captured: 3 }, { flow_started: 100, customer_captured: 41 }));
    expect(hints).toEqual([expect.objectContaining({ key: "capture", message: "captured a customer in 11% of conversations, store average 29%" })]);
  });
  it("stays quiet with too few chances or a small gap", () => {
    expect(coachingHints([{ key: "capture", label: "x", part: 0, whole: 5, storePart: 40, storeWhole: 100 }])).toEqual([]);
    expect(coachingHints([{ key: "capture", label: "x", part: 35, whole: 100, storePart: 41, storeWhole: 100 }])).toEqual([]);
  });
  it("reads the brief's example", () => {
    const [h] = coachingHints([{ key: "capture", label: "captured a customer", part: 12, whole: 100, storePart: 41, storeWhole: 100 }]);
    expect(h?.message).toBe("captured a customer in 12% of conversations, store average 41%");
  });
});

describe("previous-period comparison", () => {
  it("gives delta and percentage, null percentage from zero", () => {
    expect(compare(120, 100)).toEqual({ current: 120, previous: 100, delta: 20, pct: 0.2 });
    expect(compare(5, 0)).toEqual({ current: 5, previous: 0, delta: 5, pct: null });
  });
  it("takes the same number of days just before", () => {
    expect(previousPeriod("2026-03-01", "2026-03-07")).toEqual({ from: "2026-02-22", to: "2026-02-28" });
    expect(previousPeriod("2026-03-10", "2026-03-10")).toEqual({ from: "2026-03-09", to: "2026-03-09" });
  });
});

describe("toCsv", () => {
  it("quotes commas and quotes and defuses formulas", () => {
    expect(toCsv([{ a: "x,y", b: 'say "hi"', c: "=SUM(A1)", d: -3, e: null }])).toBe('a,b,c,d,e\r\n"x,y","say ""hi""",\'=SUM(A1),-3,\r\n');
    expect(toCsv([])).toBe("");
  });
});

describe("the Flows table's order", () => {
  const row = (flowId: string | null, flowName: string | null, stepId: string) => ({ flowId, flowName, stepId });
  const now: Record<string, string[]> = { a: ["greet", "ask", "find", "close"], b: ["hello", "bye"] };
  const position = (r: { flowId: string | null; stepId: string }) => {
    const i = r.flowId ? (now[r.flowId]?.indexOf(r.stepId) ?? -1) : -1;
    return i < 0 ? undefined : i;
  };
  it("lists flows by name and steps as the flow has them now, then old steps, then events without a flow", () => {
    const rows = [
      row(null, null, "orphan"),
      row("a", "Welcome", "close"),
      row("b", "After-sales", "bye"),
      row("a", "Welcome", "removed-step"),
      row("a", "Welcome", "greet"),
      row("b", "After-sales", "hello"),
      row("a", "Welcome", "find"),
    ];
    expect(rows.sort((x, y) => compareFlowSteps(x, y, position)).map((r) => `${r.flowId}:${r.stepId}`)).toEqual([
      "b:hello",
      "b:bye",
      "a:greet",
      "a:find",
      "a:close",
      "a:removed-step",
      "null:orphan",
    ]);
  });
});
