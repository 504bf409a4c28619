import { describe, expect, it } from "vitest";
import type { Suggestion } from "@/lib/domain/recommendations/types";
import { guideSuggestionRequest, pickForGuide, styleInHand } from "./guide-suggestions";

const s = (styleId: number, kind: Suggestion["kind"]): Suggestion => ({
  styleId, kind, code: `S${styleId}`, name: `Style ${styleId}`, brand: "B", category: "shoes", priceCents: 100, colour: "Black", colourHex: "#000",
  size: "38", variantId: styleId * 10, sizeBasis: "asked", availableHere: 1, bestSource: null, reason: { code: "similar", text: "", params: {} },
});

describe("the guide's suggestions", () => {
  it("reads the style in hand from the style screen's address only", () => {
    expect(styleInHand("/styles/42")).toBe(42);
    expect(styleInHand("/styles/42/")).toBe(42);
    expect(styleInHand("/styles/abc")).toBeUndefined();
    expect(styleInHand("/customers/42")).toBeUndefined();
    expect(styleInHand("/styles/0")).toBeUndefined();
    expect(styleInHand(null)).toBeUndefined();
  });

  it("asks for the visit's customer, with the flow's size and the style on screen", () => {
    const run = { customerId: "c1", answers: { size: " 38 " } };
    expect(guideSuggestionRequest(run, "/styles/7")).toEqual({ kind: "customer", customerId: "c1", contextStyleId: 7, size: "38" });
    expect(guideSuggestionRequest(run, "/search")).toEqual({ kind: "customer", customerId: "c1", size: "38" });
  });

  it("falls back to the style in hand before anyone is identified, and to nothing elsewhere", () => {
    expect(guideSuggestionRequest({ customerId: null, answers: {} }, "/styles/7")).toEqual({ kind: "style", styleId: 7 });
    expect(guideSuggestionRequest({ customerId: null, answers: { size: "" } }, "/")).toEqual({ kind: "none" });
  });

  it("keeps to three: alternatives first, one add-on, never a style twice", () => {
    const picked = pickForGuide([s(1, "alternative"), s(2, "alternative"), s(3, "alternative")], [s(2, "goes_with"), s(9, "goes_with")]);
    expect(picked.map((p) => [p.styleId, p.kind])).toEqual([[1, "alternative"], [2, "alternative"], [9, "goes_with"]]);
    expect(pickForGuide([], [s(5, "goes_with"), s(6, "goes_with")]).map((p) => p.styleId)).toEqual([5, 6]);
    expect(pickForGuide([s(1, "alternative"), s(2, "alternative"), s(3, "alternative")], []).map((p) => p.styleId)).toEqual([1, 2, 3]);
  });
});
