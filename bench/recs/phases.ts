import "server-only";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf, type Db } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import { DEMO_SCALE, type ChainScale } from "@/lib/db/seed/params";
import { buildRecommendations, type BuildReport } from "@/lib/domain/recommendations/build-recommendations";
import { MemoryPeak } from "./memory-peak";
import { offlineEvaluation, type EvalResult } from "./offline-eval";
import { serveLatency, type LatencyResult } from "./serve-latency";

/** The data set's "now": every run measures the same history. */
export const AS_OF = new Date("2025-06-01T09:00:00Z");

/** 500 stores x ~40,000 variants, and enough customers over two years for ~5 million sale lines (~11.7 lines each). */
export const CHAIN: ChainScale = { seed: 1, stores: 500, styles: 2110, customers: 430_000, historyDays: 730, associatesPerStore: 3 };

export type BuildCost = { label: string; report: BuildReport; sales: number; saleLines: number; peakRssMb: number; startRssMb: number; peakHeapMb: number };

async function counts(db: Db): Promise<{ sales: number; saleLines: number }> {
  const [r] = rowsOf<{ sales: number; lines: number }>(await db.execute(sql`SELECT (SELECT count(*) FROM sales)::int AS sales, (SELECT count(*) FROM sale_lines)::int AS lines`));
  return { sales: Number(r?.sales ?? 0), saleLines: Number(r?.lines ?? 0) };
}

async function measuredBuild(db: Db, label: string, full: boolean): Promise<BuildCost> {
  const mem = new MemoryPeak();
  const report = await buildRecommendations(db, { full });
  return { label, report, ...(await counts(db)), ...mem.stop() };
}

/** The demo chain in PGlite (memory): build cost (full, then a no-op incremental run), then the offline evaluation. */
export async function demoPhase(): Promise<{ builds: BuildCost[]; evaluation: EvalResult; loadMs: number }> {
  const h = await openDatabase({ pgliteDir: "memory://" });
  try {
    const t = performance.now();
    await loadChain(h.db, { ...DEMO_SCALE, asOf: AS_OF });
    const loadMs = performance.now() - t;
    const builds = [await measuredBuild(h.db, "demo, PGlite: full", true), await measuredBuild(h.db, "demo, PGlite: incremental, nothing new", false)];
    const evaluation = await offlineEvaluation(h.db, AS_OF);
    return { builds, evaluation, loadMs };
  } finally {
    await h.close();
  }
}

export function chainUrl(server: string, name: string): string {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Loads the chain into an empty database (the caller created it). */
export async function chainLoadPhase(url: string, customers = CHAIN.customers): Promise<{ ms: number; sales: number; saleLines: number; variants: number; stock: number; peakRssMb: number }> {
  const h = await openDatabase({ url, poolSize: 4 });
  try {
    const mem = new MemoryPeak();
    const t = performance.now();
    let last = 0;
    const r = await loadChain(h.db, { ...CHAIN, customers, asOf: AS_OF }, (p) => {
      if (p.done === p.total || performance.now() - last > 15_000) {
        last = performance.now();
        process.stderr.write(`    ${p.phase} ${p.done}/${p.total} ${p.rows.toLocaleString("en")} rows ${(p.elapsedMs / 1000).toFixed(0)} s\n`);
      }
    }, { concurrency: 2 });
    await h.db.execute(sql`ANALYZE`);
    return { ms: performance.now() - t, sales: r.counts.sales, saleLines: r.counts.saleLines, variants: r.counts.variants, stock: r.counts.stock, ...mem.stop() };
  } finally {
    await h.close();
  }
}

export async function chainBuildPhase(url: string): Promise<BuildCost> {
  const h = await openDatabase({ url, poolSize: 2 });
  try {
    const cost = await measuredBuild(h.db, "chain, Postgres: full", true);
    await h.db.execute(sql`ANALYZE rec_item_pairs, rec_pair_counts, rec_style_counts, rec_store_popularity`);
    return cost;
  } finally {
    await h.close();
  }
}

/** A day of new sales (the last day's, copied one day on), then the incremental build that adds them. */
export async function chainIncrementalPhase(url: string): Promise<BuildCost> {
  const h = await openDatabase({ url, poolSize: 2 });
  try {
    await h.db.execute(sql`
      WITH src AS (SELECT id, gen_random_uuid() AS nid FROM sales WHERE at >= (SELECT max(at) FROM sales) - interval '1 day'),
      s AS (
        INSERT INTO sales (id, channel, store_id, customer_id, user_id, total_cents, at)
        SELECT src.nid, s.channel, s.store_id, s.customer_id, s.user_id, s.total_cents, s.at + interval '1 day' FROM sales s JOIN src ON src.id = s.id
        RETURNING id)
      INSERT INTO sale_lines (sale_id, variant_id, style_id, qty, unit_price_cents)
      SELECT src.nid, l.variant_id, l.style_id, l.qty, l.unit_price_cents FROM sale_lines l JOIN src ON src.id = l.sale_id`);
    return await measuredBuild(h.db, "chain, Postgres: incremental, +1 day of sales", false);
  } finally {
    await h.close();
  }
}

export async function chainServePhase(url: string, rate: number, seconds: number): Promise<LatencyResult> {
  const h = await openDatabase({ url, poolSize: 10 });
  try {
    return await serveLatency(h.db, { rate, seconds, warmup: 300 });
  } finally {
    await h.close();
  }
}
