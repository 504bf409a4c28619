/**
 * Imports a catalogue or a stock file:   npm run import -- <file.csv> [--type=catalog|stock] [--batch=500]
 *
 * The type comes from the header (a style_code column: catalogue; an on_hand column: stock) or --type.
 * UTF-8, comma- or semicolon-separated, header on line 1, RFC 4180 quoting ("a, b", "say ""hi""").
 *
 * catalog.csv: one line per variant (colour + size); the style's columns repeat on each of its lines, the last wins.
 *   style_code    required  style to create or update, e.g. FW-AB-0001 (letters, digits, - _ . /)
 *   style_name    required  e.g. Aria Leather Ankle Boot
 *   brand         required
 *   category      required  e.g. ankle-boots
 *   department    required  women | men | kids | unisex
 *   price         required  style price in euros: 129.95 or 129,95
 *   sku           required  the variant to create or update, unique in the file
 *   ean           required  EAN-13, UPC-A or EAN-8 with a valid check digit (stored as 13 digits)
 *   colour        required  e.g. Black
 *   size          required  e.g. 38, M, 30, OS
 *   gender        optional  female | male | unisex (default from department)
 *   description, materials   optional  text
 *   attributes    optional  key=value pairs separated by ";", e.g. heel=mid;last=regular
 *   images        optional  URLs or paths separated by "|"
 *   colour_hex    optional  swatch colour, #RRGGBB (default #888888)
 *   size_order    optional  position of the size in the run from 0 (default: order of first appearance in the style)
 *   variant_price optional  euros, when the variant's price differs from the style's
 *   active        optional  true | false (default true): false stops selling the variant
 *
 * stock.csv: one line per store and variant; on_hand is an absolute count, dated the moment the import starts
 * (a newer count already received from the tills is kept, and the line is reported as skipped).
 *   store_code    required  e.g. MAD01
 *   sku | ean     one of them required
 *   on_hand       required  units counted, 0 to 100000 (may not be below the units reserved for orders and holds)
 *
 * Database: DATABASE_URL (PostgreSQL), else PGlite in PGLITE_DIR or .data/pglite. Stop `npm run dev` first when
 * using PGlite: two processes must never open one PGlite directory.
 * Exit code: 0 when every line was imported or skipped, 1 when any line failed, 2 when the file cannot be read.
 * Column reference also in docs/import.md.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import path from "node:path";
import { openDatabase } from "@/lib/db/client";
import { ImportFileError, runImport } from "@/lib/domain/catalog/run-import";

const MAX_PRINTED_ERRORS = 200;

function parseArgs(argv: string[]) {
  const files = argv.filter((a) => !a.startsWith("--"));
  const flag = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const type = flag("type");
  if (type !== undefined && type !== "catalog" && type !== "stock") throw new ImportFileError(`--type must be catalog or stock, not "${type}".`);
  const batch = flag("batch") ? Number(flag("batch")) : undefined;
  if (files.length !== 1) throw new ImportFileError("Usage: npm run import -- <file.csv> [--type=catalog|stock] [--batch=500]");
  return { file: files[0]!, type: type as "catalog" | "stock" | undefined, batch };
}

/** The file as given, or the sample of that name (npm run import -- catalog.csv). */
function locate(file: string): string {
  if (existsSync(file)) return file;
  const sample = path.join("samples", path.basename(file));
  if (existsSync(sample)) return sample;
  throw new ImportFileError(`No such file: ${file}`);
}

function progressBar(total: number) {
  const show = total > 1_000_000;
  let last = 0;
  let lastTenth = -1;
  return (p: { bytes: number; records: number }, done = false) => {
    if (!show) return;
    const now = Date.now();
    if (!done && now - last < 100) return;
    last = now;
    const share = Math.min(1, p.bytes / total);
    const line = `[${"#".repeat(Math.round(share * 30)).padEnd(30, ".")}] ${String(Math.round(share * 100)).padStart(3)}%  ${p.records.toLocaleString("en")} lines`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${done ? "\n" : ""}`);
    else if (Math.floor(share * 10) !== lastTenth) {
      lastTenth = Math.floor(share * 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const file = locate(args.file);
  const size = statSync(file).size;
  const url = process.env.DATABASE_URL;
  const dir = process.env.PGLITE_DIR === "memory" ? "memory://" : path.resolve(process.env.PGLITE_DIR ?? path.join(process.env.DATA_DIR ?? ".data", "pglite"));
  const handle = await openDatabase(url ? { url } : { pgliteDir: dir });
  const bar = progressBar(size);
  let printed = 0;
  const started = Date.now();
  try {
    const summary = await runImport(handle.db, createReadStream(file, { encoding: "utf8", highWaterMark: 256 * 1024 }), {
      type: args.type,
      batchSize: args.batch,
      onProgress: (p) => bar(p),
      onLineError: (m) => {
        if (printed++ < MAX_PRINTED_ERRORS) process.stderr.write(`${process.stderr.isTTY && size > 1_000_000 ? "\r\x1b[K" : ""}${m}\n`);
      },
      onSkip: (m) => {
        if (printed++ < MAX_PRINTED_ERRORS) process.stderr.write(`${m}\n`);
      },
    });
    bar({ bytes: size, records: summary.records }, true);
    if (printed > MAX_PRINTED_ERRORS) process.stderr.write(`... and ${printed - MAX_PRINTED_ERRORS} more lines like these.\n`);
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const what = summary.kind === "catalog" ? "variants saved" : "counts applied";
    console.log(
      `${path.basename(file)} (${summary.kind}): ${summary.records} lines, ${summary.saved} ${what}, ${summary.skipped} skipped, ${summary.failed} failed, ${secs} s.`,
    );
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof ImportFileError ? e.message : e);
    process.exit(2);
  },
);
