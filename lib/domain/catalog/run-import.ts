import "server-only";
import { randomUUID } from "node:crypto";
import { StringDecoder } from "node:string_decoder";
import type { Db } from "@/lib/db/client";
import { applyStockEvents } from "@/lib/domain/stock/apply-stock-events";
import { CsvParser, detectDelimiter, type CsvRecord } from "./csv-parser";
import { readHeader, validateCatalogRecord, validateStockRecord, type CatalogRow, type Header, type ImportKind, type StockRow } from "./csv-rows";
import { upsertCatalogBatch } from "./import-catalog";

export const IMPORT_SOURCE = "csv-import";

export type ImportSummary = { kind: ImportKind; records: number; saved: number; skipped: number; failed: number };
export type ImportOptions = {
  type?: ImportKind;
  batchSize?: number;
  /** The source time of every count in a stock file. */
  now?: Date;
  onProgress?: (p: { bytes: number; records: number }) => void;
  /** "line 14: ean: check digit is wrong (expected 3)" */
  onLineError: (message: string) => void;
  /** A line that was fine but changed nothing (a newer count was already recorded). */
  onSkip?: (message: string) => void;
};

/** The file cannot be imported at all (unknown type, bad header). */
export class ImportFileError extends Error {}

/**
 * Streams a catalogue or stock CSV into the database: parse, validate each line, save in batches.
 * Catalogue rows upsert styles by code and variants by SKU; stock rows are absolute counts applied as stock
 * events (source "csv-import", the import time as source time), so a newer count from the tills is never overwritten.
 */
export async function runImport(db: Db, chunks: AsyncIterable<string | Buffer>, opts: ImportOptions): Promise<ImportSummary> {
  const now = opts.now ?? new Date();
  const runId = `${now.toISOString()}-${randomUUID().slice(0, 8)}`;
  let parser: CsvParser | null = null;
  let pending = "";
  let header: Header | null = null;
  let bytes = 0;
  const summary: ImportSummary = { kind: opts.type ?? "catalog", records: 0, saved: 0, skipped: 0, failed: 0 };
  const fail = (line: number, messages: string[]) => {
    summary.failed++;
    opts.onLineError(`line ${line}: ${messages.join("; ")}`);
  };

  // Catalogue: per-file checks a batch cannot see on its own.
  const skuLine = new Map<string, number>();
  const eanSku = new Map<string, { sku: string; line: number }>();
  const sizeOrders = new Map<string, Map<string, number>>();
  let catalogBatch: CatalogRow[] = [];
  let stockBatch: StockRow[] = [];
  const batchSize = opts.batchSize ?? (opts.type === "stock" ? 1000 : 500);

  const flushCatalog = async () => {
    if (!catalogBatch.length) return;
    const { saved, errors } = await upsertCatalogBatch(db, catalogBatch);
    summary.saved += saved;
    for (const e of errors) fail(e.line, [e.message]);
    catalogBatch = [];
  };

  const flushStock = async () => {
    if (!stockBatch.length) return;
    const rows = stockBatch;
    stockBatch = [];
    const events = rows.map((r) => ({
      id: `${runId}:${r.line}`,
      source: IMPORT_SOURCE,
      storeCode: r.storeCode,
      ...(r.sku ? { sku: r.sku } : {}),
      ...(r.ean ? { ean: r.ean } : {}),
      kind: "absolute" as const,
      quantity: r.onHand,
      sourceTs: now.toISOString(),
    }));
    const result = await applyStockEvents(db, events, { now });
    result.results.forEach((res, i) => {
      const line = rows[i]!.line;
      if (res.status === "applied") summary.saved++;
      else if (res.status === "stale" || res.status === "duplicate") {
        summary.skipped++;
        opts.onSkip?.(`line ${line}: skipped: a count as new or newer is already recorded for this store and SKU (a repeated line?)`);
      } else {
        const field = Object.keys(res.error?.fields ?? {})[0];
        fail(line, [`${field ? `${field}: ` : ""}${res.error?.message ?? "rejected"}`]);
      }
    });
  };

  const handle = async (rec: CsvRecord) => {
    if (!header) {
      const h = readHeader(rec.fields, opts.type);
      if (!h.ok) throw new ImportFileError(h.message);
      header = h.header;
      summary.kind = header.kind;
      return;
    }
    summary.records++;
    if (header.kind === "stock") {
      const r = validateStockRecord(header, rec);
      if (!r.ok) return fail(rec.line, r.errors);
      stockBatch.push(r.row);
      if (stockBatch.length >= batchSize) await flushStock();
      return;
    }
    const r = validateCatalogRecord(header, rec);
    if (!r.ok) return fail(rec.line, r.errors);
    const row = r.row;
    const firstSku = skuLine.get(row.sku);
    if (firstSku !== undefined) return fail(row.line, [`sku: ${row.sku} is already on line ${firstSku}`]);
    const eanOwner = eanSku.get(row.ean);
    if (eanOwner && eanOwner.sku !== row.sku) return fail(row.line, [`ean: already used by SKU ${eanOwner.sku} on line ${eanOwner.line}`]);
    skuLine.set(row.sku, row.line);
    eanSku.set(row.ean, { sku: row.sku, line: row.line });
    // Without size_order, sizes are numbered in the order they first appear for the style.
    let orders = sizeOrders.get(row.styleCode);
    if (!orders) sizeOrders.set(row.styleCode, (orders = new Map()));
    if (!orders.has(row.size)) orders.set(row.size, row.sizeOrder ?? orders.size);
    catalogBatch.push({ ...row, sizeOrder: row.sizeOrder ?? orders.get(row.size) ?? 0 });
    if (catalogBatch.length >= batchSize) await flushCatalog();
  };

  // A UTF-8 character split between two chunks must not become two broken ones.
  const decoder = new StringDecoder("utf8");
  for await (const chunk of chunks) {
    const text = typeof chunk === "string" ? chunk : decoder.write(chunk);
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
    if (!parser) {
      // The delimiter is decided on the header line, so hold text until it is complete.
      pending += text;
      const nl = pending.indexOf("\n");
      if (nl === -1) continue;
      parser = new CsvParser(detectDelimiter(pending.slice(0, nl)));
      for (const rec of parser.push(pending)) await handle(rec);
      pending = "";
    } else {
      for (const rec of parser.push(text)) await handle(rec);
    }
    opts.onProgress?.({ bytes, records: summary.records });
  }
  pending += decoder.end();
  parser ??= new CsvParser(detectDelimiter(pending));
  for (const rec of [...(pending ? parser.push(pending) : []), ...parser.end()]) await handle(rec);
  if (!header) throw new ImportFileError("The file is empty: it needs a header line and at least one row.");
  await flushCatalog();
  await flushStock();
  opts.onProgress?.({ bytes, records: summary.records });
  return summary;
}
