import { describe, expect, it } from "vitest";
import { gridApiQuery, gridInputSchema, stockEventSchema, variantStockApiQuery } from "./schemas";

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("stores grid query", () => {
  it("reads booleans and numbers from the query string", () => {
    expect(gridApiQuery.parse({ colour: "Black", size: "38", onlyWithSize: "true", radiusKm: "25", store: "" })).toEqual({ colour: "Black", size: "38", onlyWithSize: true, radiusKm: 25 });
    expect(gridApiQuery.parse({ colour: "Black", onlyWithSize: "0" })).toEqual({ colour: "Black", onlyWithSize: false });
  });
  it("needs a colour, a size for onlyWithSize, and a sensible radius", () => {
    expect(messages(gridApiQuery.safeParse({}))).toEqual(["colour: Choose a colour."]);
    expect(messages(gridApiQuery.safeParse({ colour: "Black", onlyWithSize: "true" }))).toEqual(["size: Choose a size to show only stores that have it."]);
    expect(messages(gridApiQuery.safeParse({ colour: "Black", radiusKm: "0" }))).toEqual(["radiusKm: The radius must be more than 0 km."]);
    expect(gridApiQuery.safeParse({ colour: "Black", radiusKm: "far" }).success).toBe(false);
    expect(gridApiQuery.safeParse({ colour: "Black", onlyWithSize: "maybe" }).success).toBe(false);
    expect(messages(gridInputSchema.safeParse({ styleId: 1, colour: "Black", originStoreId: 1, onlyWithSize: true }))).toEqual(["size: Choose a size to show only stores that have it."]);
  });
});

describe("variant stock query", () => {
  it("takes a variant id or a SKU, not both, not neither", () => {
    expect(variantStockApiQuery.parse({ variantId: "7" })).toEqual({ variantId: 7 });
    expect(variantStockApiQuery.parse({ sku: "FW-1" })).toEqual({ sku: "FW-1" });
    expect(messages(variantStockApiQuery.safeParse({}))).toEqual(["variantId: Give either variantId or sku."]);
    expect(variantStockApiQuery.safeParse({ variantId: "7", sku: "FW-1" }).success).toBe(false);
  });
});

describe("a stock event", () => {
  const ok = { id: "e1", storeCode: "MAD01", sku: "FW-1", kind: "delta", quantity: -2, sourceTs: "2026-05-04T10:15:00+02:00" };
  it("accepts a delta with an offset time", () => {
    expect(stockEventSchema.safeParse(ok).success).toBe(true);
  });
  it("names each field that is wrong", () => {
    expect(messages(stockEventSchema.safeParse({ ...ok, storeCode: undefined, sku: undefined }))).toEqual(["storeCode: Give storeCode or storeId.", "sku: Give sku, ean or variantId."]);
    expect(messages(stockEventSchema.safeParse({ ...ok, sourceTs: "2026-05-04 10:15" }))?.[0]).toMatch(/^sourceTs: sourceTs is an ISO 8601/);
    expect(messages(stockEventSchema.safeParse({ ...ok, quantity: 200_000 }))?.[0]).toMatch(/^quantity:/);
    expect(messages(stockEventSchema.safeParse({ ...ok, id: "" }))).toEqual(["id: The id is empty."]);
  });
});
