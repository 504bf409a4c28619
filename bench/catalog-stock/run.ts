/**
 * Server-side timings of "find it and see where it is": search, style matrix and the stores grid.
 *   npx tsx --conditions react-server bench/catalog-stock/run.ts                 (demo chain on PGlite in memory)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx --conditions react-server bench/catalog-stock/run.ts [--keep]
 *     (500 stores x ~40,000 variants on Postgres, in database fw_bench_find; --keep leaves it for the next run)
 * Targets: search < 30 ms p95, grid < 15 ms p95 at 500 stores on Postgres.
 */
import { cpus, loadavg } from "node:os";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf, type Db } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import { DEMO_SCALE, type ChainScale } from "@/lib/db/seed/params";
import { searchStyles } from "@/lib/domain/catalog/search-styles";
import { getStoreMatrix } from "@/lib/domain/stock/store-matrix";
import { getStoresGrid } from "@/lib/domain/stock/stores-grid";

const BENCH_CHAIN: ChainScale = { seed: 1, stores: 500, styles: 2110, customers: 0, historyDays: 30, associatesPerStore: 1 };
const RUNS = 500;
const keep = process.argv.includes("--keep");

async function open(): Promise<{ db: Db; close: () => Promise<void>; label: string }> {
  const server = process.env.DATABASE_URL;
  if (!server) {
    const h = await openDatabase({ pgliteDir: "memory://" });
    process.stderr.write("loading the demo chain into PGlite...\n");
    await loadChain(h.db, { ...DEMO_SCALE, customers: 0 });
    return { db: h.db, close: h.close, label: "PGlite (memory), demo chain" };
  }
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: server });
  await admin.connect();
  const name = "fw_bench_find";
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 1;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const h = await openDatabase({ url: url.toString(), poolSize: 4 });
  const [{ n } = { n: 0 }] = rowsOf<{ n: number }>(await h.db.execute(sql`SELECT count(*)::int AS n FROM stores`));
  if (n === 0) {
    process.stderr.write("loading 500 stores x ~40,000 variants into Postgres (a few minutes)...\n");
    const t = performance.now();
    await loadChain(h.db, BENCH_CHAIN, (p) => p.done === p.total && process.stderr.write(`  ${p.phase} ${p.rows.toLocaleString("en")} rows\n`), { concurrency: 3 });
    await h.db.execute(sql`ANALYZE`);
    process.stderr.write(`  loaded in ${((performance.now() - t) / 1000).toFixed(0)} s\n`);
  }
  return {
    db: h.db,
    label: "Postgres, 500 stores",
    close: async () => {
      await h.close();
      if (!keep) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

function pick<T>(xs: readonly T[], i: number): T {
  return xs[(i * 7919) % xs.length]!;
}

/** "Nimbus" -> "Nmibus": the typo an associate makes at speed. */
function typo(word: string): string {
  if (word.length < 5) return word;
  return word.charAt(0) + word.charAt(2) + word.charAt(1) + word.slice(3);
}

async function time(label: string, n: number, fn: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 30; i++) await fn(i + 10_000);
  const ms: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn(i);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(2);
  console.log(`${label.padEnd(44)} min ${q(0).padStart(6)}   p50 ${q(0.5).padStart(7)}   p95 ${q(0.95).padStart(7)}   max ${q(1).padStart(7)} ms`);
}

async function main() {
  const { db, close, label } = await open();
  try {
    const styles = rowsOf<{ id: number; name: string; brand: string; code: string; category: string; colour: string; sku: string; ean: string; size: string }>(
      await db.execute(sql`SELECT s.id, s.name, s.brand, s.code, s.category, v.colour, v.sku, v.ean, v.size
        FROM styles s JOIN LATERAL (SELECT colour, sku, ean, size FROM variants WHERE style_id = s.id ORDER BY id LIMIT 1) v ON true
        WHERE s.active ORDER BY s.id`),
    );
    const storeIds = rowsOf<{ id: number }>(await db.execute(sql`SELECT id FROM stores WHERE active ORDER BY id`)).map((r) => r.id);
    console.log(`\n${label}: ${storeIds.length} stores, ${styles.length} styles (load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs)\n`);

    const queries: string[] = [];
    styles.slice(0, 200).forEach((s, i) => {
      const words = s.name.split(" ");
      queries.push(
        [
          `${words[0]} ${(words[1] ?? "").slice(0, 3)}`,
          words.map(typo).join(" ").toLowerCase(),
          `${s.brand} ${s.category.split("-")[0]}`,
          `${s.colour} ${words.at(-1)}`.toLowerCase(),
          s.sku,
          s.ean,
          s.code,
          words[0]!.slice(0, 2),
        ][i % 8]!,
      );
    });
    await time("search (mixed: words, typos, codes)", RUNS, (i) => searchStyles(db, { q: pick(queries, i), storeId: pick(storeIds, i) }));
    await time("search with typos only", RUNS / 2, (i) => searchStyles(db, { q: typo(pick(styles, i).name.split(" ")[0] ?? "x") + " " + typo(pick(styles, i).name.split(" ")[1] ?? ""), storeId: pick(storeIds, i) }));
    await time("search, filtered by size available here", RUNS / 2, (i) => searchStyles(db, { q: pick(styles, i).category.split("-")[0]!, storeId: pick(storeIds, i), filters: { size: pick(styles, i).size } }));
    await time("style matrix (one store)", RUNS, (i) => getStoreMatrix(db, { styleId: pick(styles, i).id, storeId: pick(storeIds, i + 3) }));
    await time("stores grid (style/colour x every store)", RUNS, (i) => getStoresGrid(db, { styleId: pick(styles, i).id, colour: pick(styles, i).colour, originStoreId: pick(storeIds, i + 5) }));
    await time("stores grid, onlyWithSize + radius 300 km", RUNS, (i) =>
      getStoresGrid(db, { styleId: pick(styles, i).id, colour: pick(styles, i).colour, originStoreId: pick(storeIds, i + 5), size: pick(styles, i).size, onlyWithSize: true, radiusKm: 300 }),
    );
  } finally {
    await close();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
