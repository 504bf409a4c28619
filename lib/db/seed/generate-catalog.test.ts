import { describe, expect, it } from "vitest";
import { colourByName } from "./data/colours";
import { isValidEan13 } from "./ean";
import { generateCatalog } from "./generate-catalog";
import { DEMO_SEED } from "./params";

const { styles, variants } = generateCatalog(DEMO_SEED, 2_110);

describe("generateCatalog", () => {
  it("gives every variant a valid EAN-13, and EANs and SKUs are unique", () => {
    expect(variants.length).toBeGreaterThan(35_000);
    expect(variants.every((v) => isValidEan13(v.ean))).toBe(true);
    expect(new Set(variants.map((v) => v.ean)).size).toBe(variants.length);
    expect(new Set(variants.map((v) => v.sku)).size).toBe(variants.length);
    expect(new Set(styles.map((s) => s.code)).size).toBe(styles.length);
  });

  it("builds SKUs as style code, colour code and size", () => {
    for (const v of variants.slice(0, 500)) {
      const style = styles[v.styleId - 1];
      expect(v.sku).toBe(`${style?.code}-${colourByName(v.colour).code}-${v.size}`);
      expect(v.priceCents).toBe(style?.priceCents);
    }
  });

  it("uses the size runs of the department", () => {
    const run = (dept: string, category: string) => styles.find((s) => s.department === dept && s.category === category)?.sizes;
    expect(run("women", "ankle-boots")).toEqual(["35", "36", "37", "38", "39", "40", "41", "42"]);
    expect(run("men", "sneakers")).toEqual(["39", "40", "41", "42", "43", "44", "45", "46"]);
    expect(run("kids", "sneakers")).toEqual(["28", "29", "30", "31", "32", "33", "34", "35"]);
    expect(run("men", "t-shirts")).toEqual(["XS", "S", "M", "L", "XL", "XXL"]);
    expect(run("men", "jeans")?.[0]).toBe("28");
    expect(run("men", "jeans")?.at(-1)).toBe("38");
  });

  it("gives each style 2-4 colours, a believable price and a two-sentence description", () => {
    for (const s of styles) {
      expect(s.colours.length).toBeGreaterThanOrEqual(2);
      expect(s.colours.length).toBeLessThanOrEqual(4);
      expect(s.priceCents).toBeGreaterThan(400);
      expect(s.priceCents).toBeLessThan(26_000);
      expect(s.description.replace("Co. ", "Co ").split(/(?<=\.)\s/).length).toBe(2);
      expect(s.attributes.style).toBe(s.taste);
    }
    expect(new Set(styles.map((s) => s.brand)).size).toBe(15);
  });

  it("keeps sizeOrder as the index in the run", () => {
    for (const v of variants.slice(0, 2_000)) expect(styles[v.styleId - 1]?.sizes[v.sizeOrder]).toBe(v.size);
  });
});
