import { describe, expect, it } from "vitest";
import { barcodeSchema, searchApiQuery, searchFiltersSchema, searchTextSchema, styleIdParams } from "./schemas";

const issue = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("search input", () => {
  it("trims the query and reads empty filters as absent", () => {
    expect(searchApiQuery.parse({ q: "  boot ", category: "", colour: " ", priceMin: "1000", store: "3" })).toEqual({ q: "boot", priceMin: 1000, store: 3 });
  });

  it("refuses an empty or overlong query with a message, not a crash", () => {
    expect(issue(searchApiQuery.safeParse({ q: "a".repeat(10_000) }))).toEqual(["q: Search text can be at most 100 characters."]);
    expect(issue(searchApiQuery.safeParse({ q: "   " }))).toEqual(["q: Type something to search for."]);
    expect(issue(searchApiQuery.safeParse({}))).toEqual(["q: Type something to search for."]);
    expect(issue(searchTextSchema.safeParse("x".repeat(101)))).toEqual([": Search text can be at most 100 characters."]);
  });

  it("checks prices and limits", () => {
    expect(issue(searchApiQuery.safeParse({ q: "boot", priceMin: "5000", priceMax: "1000" }))).toEqual(["priceMax: priceMin must not be above priceMax."]);
    expect(issue(searchApiQuery.safeParse({ q: "boot", priceMin: "-1" }))).toEqual(["priceMin: priceMin cannot be negative."]);
    expect(searchApiQuery.safeParse({ q: "boot", limit: "500" }).success).toBe(false);
    expect(issue(searchFiltersSchema.safeParse({ priceMinCents: 10, priceMaxCents: 5 }))).toEqual(["priceMaxCents: The lowest price must not be above the highest."]);
  });
});

describe("barcode and style ids", () => {
  it("a barcode is trimmed, present and of a barcode's length", () => {
    expect(barcodeSchema.parse(" 4006381333931 ")).toBe("4006381333931");
    expect(issue(barcodeSchema.safeParse(" "))).toEqual([": Enter or scan a barcode."]);
    expect(issue(barcodeSchema.safeParse("1".repeat(41)))).toEqual([": That is too long for a barcode."]);
  });
  it("a style id is a positive number", () => {
    expect(styleIdParams.parse({ styleId: "12" })).toEqual({ styleId: 12 });
    expect(issue(styleIdParams.safeParse({ styleId: "abc" }))).toBeDefined();
    expect(styleIdParams.safeParse({ styleId: "-1" }).success).toBe(false);
  });
});
