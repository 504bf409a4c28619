import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { checkBarcode, exactCodeCandidates, foldText, gtinCheckDigit, normalizeBarcode, queryTokens } from "./rules";

describe("barcodes", () => {
  it("computes the GS1 check digit", () => {
    expect(gtinCheckDigit("400638133393")).toBe(1); // EAN-13 4006381333931
    expect(gtinCheckDigit("03600029145")).toBe(2); // UPC-A 036000291452
    expect(gtinCheckDigit("9638507")).toBe(4); // EAN-8 96385074
  });

  it("keeps an EAN-13 and zero-pads UPC-A and EAN-8 to the 13 digits we store", () => {
    expect(normalizeBarcode("4006381333931")).toBe("4006381333931");
    expect(normalizeBarcode("036000291452")).toBe("0036000291452");
    expect(normalizeBarcode("96385074")).toBe("0000096385074");
    expect(normalizeBarcode(" 4006-3813 33931 ")).toBe("4006381333931");
  });

  it("explains what is wrong with a malformed code", () => {
    expect(checkBarcode("4006381333932")).toEqual({ ok: false, message: "The check digit is wrong: scan it again or retype the code." });
    expect(checkBarcode("40063813339")).toEqual({ ok: false, message: "A barcode has 8, 12 or 13 digits; this one has 11." });
    expect(checkBarcode("ABC")).toEqual({ ok: false, message: "A barcode has digits only." });
    expect(checkBarcode("  ")).toEqual({ ok: false, message: "Enter or scan a barcode." });
  });

  it("throws a 422 for a malformed code", () => {
    try {
      normalizeBarcode("4006381333932");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(AppError);
      expect(e).toMatchObject({ status: 422, fields: { code: expect.stringContaining("check digit") } });
    }
  });
});

describe("query words", () => {
  it("folds case and accents like f_unaccent(lower())", () => {
    expect(foldText("Córdoba ÑANDÚ Pingüino")).toBe("cordoba nandu pinguino");
  });

  it("keeps letters and digits only, so the tsquery is always safe", () => {
    expect(queryTokens(" ankle-boot  O'Neil & 38 | !:* ")).toEqual(["ankle", "boot", "o", "neil", "38"]);
    expect(queryTokens("!!!")).toEqual([]);
  });

  it("tries an exact code lookup only for what looks like a code or a valid barcode", () => {
    expect(exactCodeCandidates("fw-ab-0001-blk-38")).toEqual({ code: "FW-AB-0001-BLK-38", ean: null });
    expect(exactCodeCandidates("036000291452")).toEqual({ code: "036000291452", ean: "0036000291452" });
    expect(exactCodeCandidates("ankle boot")).toEqual({ code: null, ean: null });
  });
});
