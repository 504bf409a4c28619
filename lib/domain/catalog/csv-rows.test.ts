import { describe, expect, it } from "vitest";
import { CsvParser, detectDelimiter } from "./csv-parser";
import { parseEan, parseEuros, readHeader, validateCatalogRecord, validateStockRecord, type Header } from "./csv-rows";

const parseAll = (text: string, chunk = text.length, delimiter = ",") => {
  const p = new CsvParser(delimiter);
  const out = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...p.push(text.slice(i, i + chunk)));
  return [...out, ...p.end()];
};

describe("CSV parser", () => {
  const text = '\uFEFFa,b,c\r\n1,"x, y",3\r\n\r\n2,"say ""hi""","multi\nline"\n3,,\n';
  it("handles quotes, escaped quotes, CRLF, blank lines and newlines in fields, with the line each record starts on", () => {
    expect(parseAll(text)).toEqual([
      { line: 1, fields: ["a", "b", "c"] },
      { line: 2, fields: ["1", "x, y", "3"] },
      { line: 4, fields: ["2", 'say "hi"', "multi\nline"] },
      { line: 6, fields: ["3", "", ""] },
    ]);
  });

  it("gives the same records however the file is cut into chunks", () => {
    const whole = parseAll(text);
    for (const size of [1, 2, 3, 7]) expect(parseAll(text, size)).toEqual(whole);
  });

  it("reads a last line without a newline, and reports a quote never closed", () => {
    expect(parseAll("a,b\n1,2")).toEqual([{ line: 1, fields: ["a", "b"] }, { line: 2, fields: ["1", "2"] }]);
    expect(parseAll('a\n"open')).toEqual([{ line: 1, fields: ["a"] }, { line: 2, fields: ["open"], error: "a quoted field is never closed" }]);
  });

  it("reads semicolon files, the delimiter taken from the header", () => {
    expect(detectDelimiter("store_code;sku;on_hand")).toBe(";");
    expect(detectDelimiter("store_code,sku,on_hand")).toBe(",");
    expect(parseAll('a;b\n"1,5";2\n', 100, ";")[1]?.fields).toEqual(["1,5", "2"]);
  });
});

describe("header", () => {
  it("tells a catalogue from a stock file, or takes --type", () => {
    expect(readHeader(["store_code", "SKU", "on_hand"])).toMatchObject({ ok: true, header: { kind: "stock" } });
    expect(readHeader(["style_code", "style_name", "brand", "category", "department", "price", "sku", "ean", "colour", "size"])).toMatchObject({ ok: true, header: { kind: "catalog" } });
    expect(readHeader(["a", "b"])).toMatchObject({ ok: false, message: expect.stringContaining("cannot tell the file type") });
  });
  it("names unknown, repeated and missing columns", () => {
    expect(readHeader(["store_code", "sku", "on_hand", "qty"])).toMatchObject({ ok: false, message: expect.stringContaining('unknown column "qty"') });
    expect(readHeader(["store_code", "sku", "sku", "on_hand"])).toMatchObject({ ok: false, message: 'line 1: column "sku" appears twice.' });
    expect(readHeader(["style_code", "sku"])).toMatchObject({ ok: false, message: expect.stringContaining("missing columns style_name, brand") });
    expect(readHeader(["store_code", "on_hand"])).toMatchObject({ ok: false, message: "line 1: a stock file needs a sku or an ean column." });
  });
});

describe("values", () => {
  it("prices in euros with a dot or a comma", () => {
    expect(parseEuros("129.95")).toBe(12995);
    expect(parseEuros("129,9")).toBe(12990);
    expect(parseEuros("12")).toBe(1200);
    expect(parseEuros("12.999")).toBeNull();
    expect(parseEuros("-3")).toBeNull();
  });
  it("EANs with their check digit", () => {
    expect(parseEan("4006381333931")).toEqual({ ean: "4006381333931" });
    expect(parseEan("036000291452")).toEqual({ ean: "0036000291452" });
    expect(parseEan("4006381333932")).toEqual({ error: "ean: check digit is wrong (expected 1)" });
    expect(parseEan("12345")).toEqual({ error: "ean: must have 8, 12 or 13 digits, not 5" });
  });
});

const catalogHeader = (readHeader("style_code,style_name,brand,category,department,price,sku,ean,colour,size,size_order,attributes,images,active".split(",")) as { header: Header }).header;
const catalogLine = (over: Record<string, string> = {}, line = 2) => {
  const v = { style_code: "im-x-1", style_name: "Test Boot", brand: "B", category: "Boots", department: "women", price: "99,50", sku: "im-x-1-blk-38", ean: "4006381333931", colour: "Black", size: "38", size_order: "", attributes: "heel=mid; last=wide", images: "/a.jpg|/b.jpg", active: "", ...over };
  return validateCatalogRecord(catalogHeader, { line, fields: [...catalogHeader.index.keys()].map((k) => v[k as keyof typeof v] ?? "") });
};

describe("catalogue lines", () => {
  it("become rows: codes upper-cased, prices in cents, attributes and images split", () => {
    expect(catalogLine()).toEqual({
      ok: true,
      row: expect.objectContaining({ styleCode: "IM-X-1", sku: "IM-X-1-BLK-38", category: "boots", priceCents: 9950, gender: "female", attributes: { heel: "mid", last: "wide" }, images: ["/a.jpg", "/b.jpg"], sizeOrder: null, active: true, colourHex: "#888888" }),
    });
  });
  it("list every problem of a line, each named by its column", () => {
    expect(catalogLine({ ean: "4006381333932", price: "cheap", department: "pets", size: "", attributes: "heel", active: "maybe" })).toEqual({
      ok: false,
      errors: ["department: one of women, men, kids, unisex", "price: a price in euros, like 129.95", 'attributes: "heel" is not key=value', "ean: check digit is wrong (expected 1)", "size: required", "active: true or false"],
    });
  });
  it("refuse a line with more fields than the header", () => {
    const r = validateCatalogRecord(catalogHeader, { line: 3, fields: Array(20).fill("x") });
    expect(r.ok === false && r.errors[0]).toBe("has 20 fields, the header has 14");
  });
});

describe("stock lines", () => {
  const header = (readHeader(["store_code", "sku", "ean", "on_hand"]) as { header: Header }).header;
  const line = (f: string[]) => validateStockRecord(header, { line: 9, fields: f });
  it("become absolute counts", () => {
    expect(line(["mad01", "fw-1", "", "4"])).toEqual({ ok: true, row: { line: 9, storeCode: "MAD01", sku: "FW-1", onHand: 4 } });
    expect(line(["MAD01", "", "036000291452", "0"])).toEqual({ ok: true, row: { line: 9, storeCode: "MAD01", ean: "0036000291452", onHand: 0 } });
  });
  it("refuse a negative, fractional or missing count and a line without a variant", () => {
    expect(line(["MAD01", "FW-1", "", "-1"])).toMatchObject({ ok: false, errors: ["on_hand: a whole number of units from 0 to 100000"] });
    expect(line(["MAD01", "FW-1", "", "1.5"]).ok).toBe(false);
    expect(line(["MAD01", "", "", ""])).toMatchObject({ ok: false, errors: ["sku: give a sku or an ean", "on_hand: required"] });
  });
});
