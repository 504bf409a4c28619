import { gtinCheckDigit } from "./rules";
import type { CsvRecord } from "./csv-parser";

/**
 * Row validation for `npm run import`: pure, so every rule is unit-tested without a database.
 * The column reference lives in docs/import.md and at the top of scripts/import.ts.
 */

// ---- Columns --------------------------------------------------------------------------------------------

export type ImportKind = "catalog" | "stock";

export const CATALOG_COLUMNS = {
  required: ["style_code", "style_name", "brand", "category", "department", "price", "sku", "ean", "colour", "size"],
  optional: ["gender", "description", "materials", "attributes", "images", "colour_hex", "size_order", "variant_price", "active"],
} as const;
export const STOCK_COLUMNS = { required: ["store_code", "on_hand"], optional: ["sku", "ean"] } as const;

export type Header = { kind: ImportKind; index: Map<string, number> };

/** Reads the header row: which file this is (by its columns, or --type) and where each column is. */
export function readHeader(fields: readonly string[], type?: ImportKind): { ok: true; header: Header } | { ok: false; message: string } {
  const names = fields.map((f) => f.trim().toLowerCase());
  const kind: ImportKind | null = type ?? (names.includes("style_code") ? "catalog" : names.includes("on_hand") ? "stock" : null);
  if (!kind) return { ok: false, message: "line 1: cannot tell the file type: a catalogue has a style_code column, a stock file an on_hand column (or pass --type)." };
  const cols = kind === "catalog" ? CATALOG_COLUMNS : STOCK_COLUMNS;
  const known = new Set<string>([...cols.required, ...cols.optional]);
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length) return { ok: false, message: `line 1: unknown column${unknown.length > 1 ? "s" : ""} ${unknown.map((u) => `"${u}"`).join(", ")} in a ${kind} file; the columns are ${[...known].join(", ")}.` };
  const dupes = names.filter((n, i) => names.indexOf(n) !== i);
  if (dupes.length) return { ok: false, message: `line 1: column "${dupes[0]}" appears twice.` };
  const missing = cols.required.filter((r) => !names.includes(r));
  if (missing.length) return { ok: false, message: `line 1: missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.` };
  if (kind === "stock" && !names.includes("sku") && !names.includes("ean")) return { ok: false, message: "line 1: a stock file needs a sku or an ean column." };
  return { ok: true, header: { kind, index: new Map(names.map((n, i) => [n, i])) } };
}

// ---- Rows -----------------------------------------------------------------------------------------------

export type CatalogRow = {
  line: number;
  styleCode: string;
  styleName: string;
  brand: string;
  category: string;
  department: string;
  gender: string;
  priceCents: number;
  description: string;
  materials: string;
  attributes: Record<string, string>;
  images: string[];
  sku: string;
  ean: string;
  colour: string;
  colourHex: string;
  size: string;
  /** null: the importer numbers sizes in the order they first appear for the style. */
  sizeOrder: number | null;
  variantPriceCents: number | null;
  active: boolean;
};

export type StockRow = { line: number; storeCode: string; sku?: string; ean?: string; onHand: number };

export type RowResult<T> = { ok: true; row: T } | { ok: false; errors: string[] };

/** Same ceiling as a stock event's quantity. */
const MAX_UNITS = 100_000;
const DEPARTMENTS = ["women", "men", "kids", "unisex"];
const GENDER_OF: Record<string, string> = { women: "female", men: "male", kids: "unisex", unisex: "unisex" };

/** "129.95", "129,95", "129" euros to cents; null if not a price. */
export function parseEuros(s: string): number | null {
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? "0").padEnd(2, "0")) : null;
}

/** An EAN column value: EAN-13, UPC-A or EAN-8 to the stored 13 digits, with import-style messages. */
export function parseEan(s: string): { ean: string } | { error: string } {
  const code = s.trim();
  if (!/^\d+$/.test(code)) return { error: "ean: digits only" };
  if (![8, 12, 13].includes(code.length)) return { error: `ean: must have 8, 12 or 13 digits, not ${code.length}` };
  const expected = gtinCheckDigit(code.slice(0, -1));
  if (expected !== Number(code.at(-1))) return { error: `ean: check digit is wrong (expected ${expected})` };
  return { ean: code.padStart(13, "0") };
}

function reader(header: Header, fields: readonly string[]) {
  return (name: string) => {
    const i = header.index.get(name);
    return i === undefined ? "" : (fields[i] ?? "").trim();
  };
}

function required(get: (n: string) => string, errors: string[], name: string, max: number): string {
  const v = get(name);
  if (!v) errors.push(`${name}: required`);
  else if (v.length > max) errors.push(`${name}: at most ${max} characters`);
  return v;
}

/** One line of catalog.csv to a row, or every problem with it. */
export function validateCatalogRecord(header: Header, rec: CsvRecord): RowResult<CatalogRow> {
  if (rec.error) return { ok: false, errors: [rec.error] };
  const errors: string[] = [];
  if (rec.fields.length > header.index.size) errors.push(`has ${rec.fields.length} fields, the header has ${header.index.size}`);
  const get = reader(header, rec.fields);

  const styleCode = required(get, errors, "style_code", 40).toUpperCase();
  if (styleCode && !/^[A-Z0-9][A-Z0-9._/-]*$/.test(styleCode)) errors.push("style_code: letters, digits and - _ . / only");
  const styleName = required(get, errors, "style_name", 120);
  const brand = required(get, errors, "brand", 80);
  const category = required(get, errors, "category", 60).toLowerCase();
  const department = required(get, errors, "department", 20).toLowerCase();
  if (department && !DEPARTMENTS.includes(department)) errors.push(`department: one of ${DEPARTMENTS.join(", ")}`);
  const gender = get("gender").toLowerCase() || (GENDER_OF[department] ?? "unisex");
  if (!["female", "male", "unisex"].includes(gender)) errors.push("gender: one of female, male, unisex");
  const priceCents = parseEuros(required(get, errors, "price", 20));
  if (get("price") && priceCents === null) errors.push("price: a price in euros, like 129.95");
  const variantPrice = get("variant_price");
  const variantPriceCents = variantPrice ? parseEuros(variantPrice) : null;
  if (variantPrice && variantPriceCents === null) errors.push("variant_price: a price in euros, like 129.95");

  const attributes: Record<string, string> = {};
  for (const pair of get("attributes").split(";").filter((p) => p.trim())) {
    const eq = pair.indexOf("=");
    const [k, v] = eq > 0 ? [pair.slice(0, eq).trim(), pair.slice(eq + 1).trim()] : ["", ""];
    if (!k || !v) errors.push(`attributes: "${pair.trim()}" is not key=value`);
    else attributes[k] = v;
  }
  const images = get("images").split("|").map((s) => s.trim()).filter(Boolean);

  const sku = required(get, errors, "sku", 64).toUpperCase();
  if (sku && !/^[A-Z0-9][A-Z0-9._/-]*$/.test(sku)) errors.push("sku: letters, digits and - _ . / only");
  let ean = "";
  const rawEan = required(get, errors, "ean", 20);
  if (rawEan) {
    const r = parseEan(rawEan);
    if ("error" in r) errors.push(r.error);
    else ean = r.ean;
  }
  const colour = required(get, errors, "colour", 60);
  const colourHex = get("colour_hex") || "#888888";
  if (!/^#[0-9a-fA-F]{6}$/.test(colourHex)) errors.push("colour_hex: like #1C1C1C");
  const size = required(get, errors, "size", 20);
  const rawOrder = get("size_order");
  const sizeOrder = rawOrder === "" ? null : /^\d{1,4}$/.test(rawOrder) ? Number(rawOrder) : NaN;
  if (Number.isNaN(sizeOrder)) errors.push("size_order: a whole number from 0");
  const rawActive = get("active").toLowerCase();
  const active = rawActive === "" || ["true", "1", "yes", "y", "si", "sí"].includes(rawActive);
  if (rawActive && !active && !["false", "0", "no", "n"].includes(rawActive)) errors.push("active: true or false");

  if (errors.length) return { ok: false, errors };
  return {
    ok: true,
    row: {
      line: rec.line,
      styleCode,
      styleName,
      brand,
      category,
      department,
      gender,
      priceCents: priceCents ?? 0,
      description: get("description"),
      materials: get("materials"),
      attributes,
      images,
      sku,
      ean,
      colour,
      colourHex: colourHex.toUpperCase(),
      size,
      sizeOrder,
      variantPriceCents,
      active,
    },
  };
}

/** One line of stock.csv to a row (an absolute count), or every problem with it. */
export function validateStockRecord(header: Header, rec: CsvRecord): RowResult<StockRow> {
  if (rec.error) return { ok: false, errors: [rec.error] };
  const errors: string[] = [];
  if (rec.fields.length > header.index.size) errors.push(`has ${rec.fields.length} fields, the header has ${header.index.size}`);
  const get = reader(header, rec.fields);
  const storeCode = required(get, errors, "store_code", 20).toUpperCase();
  const sku = get("sku").toUpperCase();
  const rawEan = get("ean");
  let ean: string | undefined;
  if (!sku && !rawEan) errors.push("sku: give a sku or an ean");
  if (rawEan) {
    const r = parseEan(rawEan);
    if ("error" in r) errors.push(r.error);
    else ean = r.ean;
  }
  const rawQty = required(get, errors, "on_hand", 10);
  const onHand = /^\d{1,6}$/.test(rawQty) && Number(rawQty) <= MAX_UNITS ? Number(rawQty) : NaN;
  if (rawQty && Number.isNaN(onHand)) errors.push(`on_hand: a whole number of units from 0 to ${MAX_UNITS}`);
  if (errors.length) return { ok: false, errors };
  return { ok: true, row: { line: rec.line, storeCode, onHand, ...(sku ? { sku } : {}), ...(ean ? { ean } : {}) } };
}
