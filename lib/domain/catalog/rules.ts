import { errors } from "@/lib/errors";

/** GS1 check digit for a GTIN body (everything but the check digit): weights 3,1,3... from the right. */
export function gtinCheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += Number(body[body.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

export type BarcodeCheck = { ok: true; ean13: string } | { ok: false; message: string };

/**
 * A scanned or typed barcode as the 13 digits we store: EAN-13 as is, UPC-A (12) and EAN-8 zero-padded,
 * which keeps the GS1 check digit valid. Spaces and dashes from manual typing are ignored.
 */
export function checkBarcode(raw: string): BarcodeCheck {
  const code = raw.replace(/[\s-]/g, "");
  if (code === "") return { ok: false, message: "Enter or scan a barcode." };
  if (!/^\d+$/.test(code)) return { ok: false, message: "A barcode has digits only." };
  if (code.length !== 8 && code.length !== 12 && code.length !== 13) {
    return { ok: false, message: `A barcode has 8, 12 or 13 digits; this one has ${code.length}.` };
  }
  const expected = gtinCheckDigit(code.slice(0, -1));
  if (expected !== Number(code.at(-1))) return { ok: false, message: "The check digit is wrong: scan it again or retype the code." };
  return { ok: true, ean13: code.padStart(13, "0") };
}

/** As checkBarcode, but a bad code is a 422 the scanner screen can show. */
export function normalizeBarcode(raw: string): string {
  const r = checkBarcode(raw);
  if (!r.ok) throw errors.validation(r.message, { code: r.message });
  return r.ean13;
}

/** Lower-case, accents removed: the same folding as f_unaccent(lower()) in the database for Spanish text. */
export function foldText(s: string): string {
  return s.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
}

/** Words of a query, folded, letters and digits only (safe to put in a tsquery). */
export function queryTokens(q: string): string[] {
  return foldText(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0)
    .slice(0, 12);
}

/** What an exact-code lookup should try for a query: the EAN it spells (if valid) and the upper-cased SKU/style code. */
export function exactCodeCandidates(q: string): { code: string | null; ean: string | null } {
  const compact = q.trim();
  const check = /^[\d\s-]{8,17}$/.test(compact) ? checkBarcode(compact) : null;
  const looksLikeCode = /^[A-Za-z0-9][A-Za-z0-9._/-]{2,63}$/.test(compact);
  return { code: looksLikeCode ? compact.toUpperCase() : null, ean: check?.ok ? check.ean13 : null };
}
