import { describe, expect, it } from "vitest";
import { ean13, ean13CheckDigit, isValidEan13 } from "./ean";

describe("ean13CheckDigit", () => {
  it("matches published barcodes", () => {
    // Published examples: a Stabilo pen, the GS1 specimen, an ISBN-13 (ISBNs are EAN-13s).
    expect(ean13CheckDigit("400638133393")).toBe(1);
    expect(ean13CheckDigit("590123412345")).toBe(7);
    expect(ean13CheckDigit("978030640615")).toBe(7);
    expect(ean13CheckDigit("000000000000")).toBe(0);
  });

  it("rejects bodies that are not 12 digits", () => {
    expect(() => ean13CheckDigit("12345")).toThrow();
    expect(() => ean13CheckDigit("84123456789a")).toThrow();
  });

  it("builds valid codes under Spain's 84 prefix", () => {
    const code = ean13("3101", 42);
    expect(code).toMatch(/^843101000042\d$/);
    expect(isValidEan13(code)).toBe(true);
    expect(isValidEan13(code.slice(0, 12) + String((Number(code[12]) + 1) % 10))).toBe(false);
  });

  it("refuses item references that overflow the code", () => {
    expect(() => ean13("3101", 1_000_000)).toThrow();
  });
});
