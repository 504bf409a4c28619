/**
 * The offline snapshot of the demo store (MAD01 and its 20 nearest stores, demo chain: 24 stores, ~600 styles):
 * size raw and gzipped, full sync time, and an incremental refresh after 100 stock changes (rows moved, time).
 *   npm run bench:offline-snapshot                  PGlite (memory) and Postgres
 *   npm run bench:offline-snapshot -- --pglite-only
 * Postgres: $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres; a database fw_bench_offline_<random>
 * is created there and dropped at the end. The client side is timed with fake-indexeddb in Node: a browser's
 * IndexedDB is slower per row, so read that figure as a lower bound.
 */
import "fake-indexeddb/auto";
import { randomBytes } from "node:crypto";
import { gzipSync } from "node:zlib";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf, type DbHandle } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import { DEMO_SCALE } from "@/lib/db/seed/params";
import { DEMO_STORY } from "@/lib/db/seed/demo-story";
import { buildSnapshot } from "@/lib/domain/offline-snapshot/build-snapshot";
import type { SnapshotPayload } from "@/lib/domain/offline-snapshot/wire";
import { applyStockEvents } from "@/lib/domain/stock/apply-stock-events";
import { applySnapshot } from "@/lib/offline/snapshot/db";

const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const RUNS = 5;
const log = (m: string) => process.stderr.write(`[bench:offline-snapshot] ${m}\n`);
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t = performance.now();
  const value = await fn();
  return { ms: performance.now() - t, value };
}

async function measure(label: string, h: DbHandle) {
  log(`${label}: loading the demo chain (no customers)...`);
  await loadChain(h.db, { ...DEMO_SCALE, customers: 0 });
  // As if the chain had been loaded a while ago: the cursor deliberately overlaps the last seconds.
  for (const t of ["stock", "styles", "variants"]) await h.db.execute(sql.raw(`UPDATE ${t} SET updated_at = now() - interval '1 hour', ${t === "stock" ? "counted_at = NULL" : "active = active"}`));
  const [store] = rowsOf<{ id: number }>(await h.db.execute(sql`SELECT id FROM stores WHERE code = ${DEMO_STORY.homeStoreCode}`));
  const storeId = store!.id;

  const builds: number[] = [];
  let full = { json: "", full: true };
  for (let i = 0; i < RUNS; i++) {
    const r = await timed(() => buildSnapshot(h.db, storeId));
    builds.push(r.ms);
    full = r.value;
  }
  const gz = await timed(async () => gzipSync(full.json, { level: 6 }));
  const payload = JSON.parse(full.json) as SnapshotPayload;
  const store1 = await timed(() => applySnapshot(payload));

  // 100 stock changes at this store and its neighbours, through the same path the integrations use.
  const ids = payload.stores.map((s) => s[0]);
  const rows = rowsOf<{ sku: string; code: string }>(
    await h.db.execute(sql`SELECT v.sku, s.code FROM stock st JOIN variants v ON v.id = st.variant_id JOIN stores s ON s.id = st.store_id
      WHERE st.store_id = ANY(string_to_array(${ids.join(",")}, ',')::int[]) ORDER BY st.variant_id * 7919 % 1000, st.store_id LIMIT 100`),
  );
  const applied = await applyStockEvents(
    h.db,
    rows.map((r, i) => ({ id: `bench-${i}`, storeCode: r.code, sku: r.sku, kind: "delta", quantity: 1, sourceTs: new Date().toISOString() })),
  );
  const inc = await timed(() => buildSnapshot(h.db, storeId, payload.cursor));
  const incPayload = JSON.parse(inc.value.json) as SnapshotPayload;
  const store2 = await timed(() => applySnapshot(incPayload));
  return {
    label,
    styles: payload.styles.length,
    variants: payload.variants.length,
    stockRows: payload.stock.length,
    stores: payload.stores.length,
    raw: full.json.length,
    gzipped: gz.value.length,
    buildMs: median(builds),
    gzipMs: gz.ms,
    clientStoreMs: store1.ms,
    changesApplied: applied.applied,
    incFull: inc.value.full,
    incRows: incPayload.stock.length + incPayload.styles.length + incPayload.variants.length,
    incBytes: gzipSync(inc.value.json).length,
    incMs: inc.ms,
    incStoreMs: store2.ms,
  };
}

async function onPostgres() {
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `fw_bench_offline_${randomBytes(4).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const h = await openDatabase({ url: url.toString(), poolSize: 4 });
  try {
    return await measure("Postgres", h);
  } finally {
    await h.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

async function main() {
  const results = [];
  const pglite = await openDatabase({ pgliteDir: "memory://" });
  try {
    results.push(await measure("PGlite", pglite));
  } finally {
    await pglite.close();
  }
  if (!process.argv.includes("--pglite-only")) results.push(await onPostgres());
  const r0 = results[0]!;
  console.log(`\nOffline snapshot, demo store ${DEMO_STORY.homeStoreCode} + ${r0.stores - 1} nearest stores: ${r0.styles} styles, ${r0.variants} variants, ${r0.stockRows} stock rows`);
  console.log(`size: ${kb(r0.raw)} raw, ${kb(r0.gzipped)} gzipped`);
  console.log("| database | full: build (median of 5) | gzip | store on tablet* | 100 stock changes: rows moved | refresh build | refresh gzipped | store on tablet* |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const r of results) {
    const moved = `${r.incRows}${r.incFull ? " (FULL!)" : ""} of ${r.changesApplied} changed`;
    console.log(`| ${r.label} | ${r.buildMs.toFixed(0)} ms | ${r.gzipMs.toFixed(0)} ms | ${r.clientStoreMs.toFixed(0)} ms | ${moved} | ${r.incMs.toFixed(0)} ms | ${r.incBytes} B | ${r.incStoreMs.toFixed(0)} ms |`);
  }
  console.log("* fake-indexeddb in Node, decode + write in one transaction");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
