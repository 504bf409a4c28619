import "server-only";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDatabase } from "@/lib/db/client";
import { planChain } from "@/lib/db/seed/generate-chain";
import { loadChain, type LoadResult } from "@/lib/db/seed/load-chain";
import { DEMO_SCALE, resolveParams, type ChainScale } from "@/lib/db/seed/params";

export type PhaseResult = {
  phase: string;
  driver: string;
  stores: number;
  variants: number;
  stockRows: number;
  customers: number;
  sales: number;
  saleLines: number;
  ms: number;
  openMs: number;
  peakRssMb: number;
  peakHeapMb: number;
};

/** 500 stores x ~40,000 variants (~13.5M stock rows), 50,000 customers with a year of history. */
export const BENCH_CHAIN: ChainScale = { seed: 1, stores: 500, styles: 2110, customers: 50_000, historyDays: 365, associatesPerStore: 3 };

// A fixed "now" so every run measures the same data.
const AS_OF = new Date("2025-06-01T09:00:00Z");

/** Peak memory: sampled on a timer and at every progress report (generation is synchronous between chunks). */
class MemoryPeak {
  rss = 0;
  heap = 0;
  private timer = setInterval(() => this.sample(), 50);
  sample() {
    const m = process.memoryUsage();
    this.rss = Math.max(this.rss, m.rss);
    this.heap = Math.max(this.heap, m.heapUsed);
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
    return { peakRssMb: Math.round(this.rss / 1e6), peakHeapMb: Math.round(this.heap / 1e6) };
  }
}

function progress(mem: MemoryPeak) {
  let last = 0;
  return (p: { phase: string; done: number; total: number; rows: number; elapsedMs: number }) => {
    mem.sample();
    if (p.done === p.total || performance.now() - last > 5_000) {
      last = performance.now();
      process.stderr.write(`    ${p.phase} ${p.done}/${p.total} ${p.rows.toLocaleString("en")} rows ${(p.elapsedMs / 1000).toFixed(1)} s\n`);
    }
  };
}

function fromLoad(phase: string, driver: string, r: LoadResult, ms: number, openMs: number, mem: MemoryPeak): PhaseResult {
  const c = r.counts;
  return { phase, driver, stores: c.stores, variants: c.variants, stockRows: c.stock, customers: c.customers, sales: c.sales, saleLines: c.saleLines, ms, openMs, ...mem.stop() };
}

/** Generation alone, no database: what the loader's input costs. */
export function generateOnly(phase: string, scale: ChainScale): PhaseResult {
  const mem = new MemoryPeak();
  const t = performance.now();
  const plan = planChain(resolveParams({ ...scale, asOf: AS_OF }));
  let stockRows = 0;
  for (const s of plan.stock()) {
    stockRows += s.variantIds.length;
    mem.sample();
  }
  const counts = { customers: 0, sales: 0, saleLines: 0 };
  for (const b of plan.customerBatches(1_000)) {
    counts.customers += b.customers.length;
    counts.sales += b.sales.length;
    counts.saleLines += b.lines.length;
    mem.sample();
  }
  const ms = performance.now() - t;
  return { phase, driver: "none", stores: plan.stores.length, variants: plan.catalog.variants.length, stockRows, ...counts, ms, openMs: 0, ...mem.stop() };
}

export async function demoOnPglite(phase: string, inDirectory: boolean): Promise<PhaseResult> {
  const dir = inDirectory ? mkdtempSync(path.join(tmpdir(), "fw-bench-seed-")) : undefined;
  const mem = new MemoryPeak();
  try {
    let t = performance.now();
    const handle = await openDatabase({ pgliteDir: dir ?? "memory://" });
    const openMs = performance.now() - t;
    t = performance.now();
    const r = await loadChain(handle.db, { ...DEMO_SCALE, asOf: AS_OF }, progress(mem));
    const ms = performance.now() - t;
    await handle.close();
    return fromLoad(phase, dir ? "pglite (dir)" : "pglite (memory)", r, ms, openMs, mem);
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

/** The bench chain into a throwaway database on the server DATABASE_URL points at. */
export async function chainOnPostgres(phase: string, serverUrl: string, scale: ChainScale): Promise<PhaseResult> {
  const { Client } = await import("pg");
  const name = `fw_bench_seed_${randomBytes(5).toString("hex")}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const mem = new MemoryPeak();
  try {
    let t = performance.now();
    const handle = await openDatabase({ url: url.toString(), poolSize: 6 });
    const openMs = performance.now() - t;
    t = performance.now();
    const r = await loadChain(handle.db, { ...scale, asOf: AS_OF }, progress(mem), { concurrency: 3 });
    const ms = performance.now() - t;
    await handle.close();
    return fromLoad(phase, "postgres", r, ms, openMs, mem);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
