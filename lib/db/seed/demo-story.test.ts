import { describe, expect, it } from "vitest";
import { DEMO_SOLD_OUT, DEMO_STORY } from "./demo-story";
import { planChain } from "./generate-chain";
import { DEMO_SCALE, resolveParams } from "./params";

// The same facts are checked against a loaded database in load-chain.test.ts; this covers the full demo chain.
describe("demo story in the full demo chain", () => {
  const plan = planChain(resolveParams({ ...DEMO_SCALE, asOf: new Date("2025-06-01T09:00:00Z") }));
  const units = new Map<string, number>();
  for (const s of plan.stock()) {
    const code = plan.stores[s.storeId - 1]?.code ?? "";
    s.variantIds.forEach((v, i) => {
      const variant = plan.catalog.variants[v - 1];
      const style = variant && plan.catalog.styles[variant.styleId - 1];
      if (style) units.set(`${code}|${style.code}|${variant.colour}|${variant.size}`, s.onHand[i] ?? 0);
    });
  }
  const at = (store: string, style: string, colour: string, size: string) => units.get(`${store}|${style}|${colour}|${size}`);

  it("has Black 38 of the Aria boot only at MAD02, VLC01 and BCN01", () => {
    const holding = plan.stores.filter((s) => (at(s.code, DEMO_STORY.styleCode, DEMO_STORY.colour, DEMO_STORY.size) ?? 0) > 0);
    expect(holding.map((s) => s.code).sort()).toEqual(DEMO_STORY.sourceStores.map((s) => s.code).sort());
    for (const s of DEMO_STORY.sourceStores) expect(at(s.code, DEMO_STORY.styleCode, DEMO_STORY.colour, DEMO_STORY.size)).toBe(s.onHand);
    expect(at("MAD01", DEMO_STORY.styleCode, DEMO_STORY.colour, DEMO_STORY.size)).toBe(0);
    expect(at("MAD01", DEMO_STORY.styleCode, DEMO_STORY.inStockColour, DEMO_STORY.size)).toBe(4);
    expect(holding.every((s) => s.canShip)).toBe(true);
  });

  it("has the Lira pump in Black 38 nowhere", () => {
    for (const s of plan.stores) expect(at(s.code, DEMO_SOLD_OUT.styleCode, DEMO_SOLD_OUT.colour, DEMO_SOLD_OUT.size)).toBe(0);
    expect(at("MAD01", DEMO_SOLD_OUT.styleCode, DEMO_SOLD_OUT.inStockColour, DEMO_SOLD_OUT.size)).toBeGreaterThan(0);
  });

  it("names the styles as the catalogue does", () => {
    const byCode = new Map(plan.catalog.styles.map((s) => [s.code, s]));
    expect(byCode.get(DEMO_STORY.styleCode)?.name).toBe(DEMO_STORY.styleName);
    expect(byCode.get(DEMO_SOLD_OUT.styleCode)?.name).toBe(DEMO_SOLD_OUT.styleName);
  });
});
