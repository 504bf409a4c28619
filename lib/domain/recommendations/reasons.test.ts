import { describe, expect, it } from "vitest";
import { reason, similarReason, sizeParams, withColourReason } from "./reasons";

describe("reasons an associate can say", () => {
  it("says how often things were bought together, with the raw count", () => {
    expect(reason("bought_together", { count: 42 }).text).toBe("Bought together 42 times");
    expect(reason("bought_together", { count: 1 }).text).toBe("Bought together once");
    expect(reason("bought_together", { count: 5, with: "Nimbus Sneaker" })).toEqual({
      code: "bought_together",
      text: "Bought together with the Nimbus Sneaker 5 times",
      params: { count: 5, with: "Nimbus Sneaker" },
    });
  });

  it("says 'same last in your size 38' for a similar shoe in the customer's size", () => {
    const r = similarReason({ shared: ["last", "occasion"], last: "regular", occasion: "work" }, { size: "38", basis: "asked" });
    expect(r).toEqual({ code: "same_last", text: "Same last in your size 38", params: { size: "38", yourSize: 1, last: "regular" } });
  });

  it("falls back from last to occasion, fit, then 'similar style', noting a similar price", () => {
    expect(similarReason({ shared: ["occasion"], occasion: "work" }, { size: null, basis: "any" }).text).toBe("Also for work");
    expect(similarReason({ shared: ["fit"], fit: "slim" }, { size: "M", basis: "profile" }).text).toBe("Same slim fit in your size M");
    expect(similarReason({ shared: [], priceRatio: 1.05 }, { size: "39", basis: "matched" }).text).toBe("Similar style at a similar price in size 39");
    expect(similarReason({ shared: [], priceRatio: 1.6 }, { size: null, basis: "any" }).text).toBe("Similar style");
  });

  it("only calls a size 'your size' when it is the customer's", () => {
    expect(sizeParams("38", "profile")).toEqual({ size: "38", yourSize: 1 });
    expect(sizeParams("35-38", "matched")).toEqual({ size: "35-38" });
    expect(sizeParams(null, "any")).toEqual({});
  });

  it("names a favourite colour over a generic reason, never over a co-purchase count", () => {
    const offer = { colour: "Navy", colourHex: "#1F2A44", size: "38", variantId: 1, availableHere: 2, bestSource: null };
    const size = { size: "38", basis: "profile" as const };
    expect(withColourReason(reason("similar"), offer, ["navy"], size).text).toBe("In your favourite colour, Navy in your size 38");
    expect(withColourReason(reason("bought_together", { count: 9 }), offer, ["Navy"], size).code).toBe("bought_together");
    expect(withColourReason(reason("similar"), offer, ["Black"], size).code).toBe("similar");
  });

  it("drops empty params and says where popularity comes from", () => {
    expect(reason("popular_here", { size: undefined, scope: "chain" })).toEqual({ code: "popular_here", text: "Popular across our stores right now", params: { scope: "chain" } });
    expect(reason("favourite_brand", { brand: "Pista" }).text).toBe("From Pista, one of your brands");
  });
});
