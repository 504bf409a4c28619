import "server-only";
import type { DbOrTx } from "@/lib/db/client";
import { planChain } from "./generate-chain";
import { canSkipForeignKeyChecks, inTransaction } from "./in-transaction";
import { loadCustomerBatch, type CustomerCounts } from "./load-customers";
import { loadReference } from "./load-reference";
import { loadStock } from "./load-stock";
import { resolveParams, type ChainParams, type ChainScale } from "./params";
import { pipeline } from "./pipeline";

export type LoadPhase = "reference" | "stock" | "customers";
export type LoadProgress = { phase: LoadPhase; done: number; total: number; rows: number; elapsedMs: number };

export type LoadOptions = {
  /** Chunks loaded side by side. Only for a pooled Postgres Db; keep 1 inside a transaction or on PGlite. */
  concurrency?: number;
  /** Customers generated and inserted per transaction. */
  customerBatch?: number;
  /** Keep foreign-key checks on even where they could be skipped (slower; for verifying the generator). */
  checkForeignKeys?: boolean;
};

export type LoadResult = {
  params: ChainParams;
  apiToken: string;
  counts: CustomerCounts & { stores: number; styles: number; variants: number; users: number; stock: number };
  timingsMs: Record<LoadPhase | "total", number>;
};

/**
 * Generates the chain for `scale` and writes it into an empty database. Small reference data goes in
 * one transaction; stock per store and customers per batch in their own (savepoints when `db` is a
 * transaction), streaming so memory does not grow with the chain.
 */
export async function loadChain(
  db: DbOrTx,
  scale: ChainScale & { asOf?: Date },
  onProgress?: (p: LoadProgress) => void,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const params = resolveParams(scale);
  const concurrency = options.concurrency ?? 1;
  const started = performance.now();
  const plan = planChain(params);
  const report = (phase: LoadPhase, done: number, total: number, rows: number, since: number) =>
    onProgress?.({ phase, done, total, rows, elapsedMs: Math.round(performance.now() - since) });

  let t = performance.now();
  const chunk = { skipForeignKeyChecks: options.checkForeignKeys ? false : await canSkipForeignKeyChecks(db) };
  const texts = await inTransaction(db, (tx) => loadReference(tx, plan), chunk);
  const refMs = performance.now() - t;
  report("reference", 1, 1, plan.stores.length + plan.catalog.styles.length + plan.catalog.variants.length + plan.users.length, t);

  t = performance.now();
  let storesDone = 0;
  let stockRows = 0;
  const stock = await loadStock(db, plan, { ...chunk, concurrency }, (rows) => {
    stockRows += rows;
    report("stock", ++storesDone, plan.stores.length, stockRows, t);
  });
  const stockMs = performance.now() - t;

  t = performance.now();
  const batchSize = options.customerBatch ?? 1_000;
  const batches = Math.ceil(params.customers / batchSize);
  const counts: CustomerCounts = { customers: 0, sales: 0, saleLines: 0, consentRecords: 0, notes: 0 };
  let batchesDone = 0;
  await pipeline(plan.customerBatches(batchSize), concurrency, async (batch) => {
    const c = await loadCustomerBatch(db, batch, texts, chunk);
    for (const k of Object.keys(counts) as (keyof CustomerCounts)[]) counts[k] += c[k];
    report("customers", ++batchesDone, batches, counts.sales + counts.saleLines, t);
  });
  const customersMs = performance.now() - t;

  return {
    params,
    apiToken: plan.apiToken,
    counts: {
      ...counts,
      stores: plan.stores.length,
      styles: plan.catalog.styles.length,
      variants: plan.catalog.variants.length,
      users: plan.users.length,
      stock,
    },
    timingsMs: {
      reference: Math.round(refMs),
      stock: Math.round(stockMs),
      customers: Math.round(customersMs),
      total: Math.round(performance.now() - started),
    },
  };
}
