import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { Rng } from "@/lib/db/seed/prng";
import { suggestForStyle } from "@/lib/domain/recommendations/suggest-for-style";

export type LatencyResult = {
  rate: number;
  seconds: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Requests per second actually completed. */
  achieved: number;
  meanSuggestions: number;
  withCustomerShare: number;
};

type Ask = { styleId: number; storeId: number; colour: string; size?: string; customerId?: string };

/** The style screen as associates use it: a style with colour and size chosen, sometimes without a size, sometimes with a customer. */
async function makeAsks(db: Db, n: number): Promise<Ask[]> {
  const styles = rowsOf<{ id: number; colours: string[]; sizes: string[] }>(
    await db.execute(sql`SELECT style_id AS id, array_agg(DISTINCT colour) AS colours, array_agg(DISTINCT size) AS sizes FROM variants WHERE active GROUP BY style_id`),
  );
  const stores = rowsOf<{ id: number }>(await db.execute(sql`SELECT id FROM stores WHERE active`)).map((s) => Number(s.id));
  const customers = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT customer_id AS id FROM consent_records WHERE purpose = 'personalisation' AND decision = 'granted' ORDER BY id LIMIT 2000`),
  ).map((c) => c.id);
  const rng = new Rng(42);
  return Array.from({ length: n }, () => {
    const s = rng.pick(styles);
    const ask: Ask = { styleId: Number(s.id), storeId: rng.pick(stores), colour: rng.pick(s.colours) };
    if (rng.chance(0.8)) ask.size = rng.pick(s.sizes);
    if (customers.length > 0 && rng.chance(0.2)) ask.customerId = rng.pick(customers);
    return ask;
  });
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

/**
 * Open-model load: request i is sent at start + i / rate whether or not earlier ones have finished, and its latency
 * runs from that scheduled instant, so a slow server cannot hide queueing by slowing the client down.
 */
export async function serveLatency(db: Db, opts: { rate: number; seconds: number; warmup: number }): Promise<LatencyResult> {
  const total = Math.round(opts.rate * opts.seconds);
  const asks = await makeAsks(db, total + opts.warmup);
  for (let i = 0; i < opts.warmup; i++) await suggestForStyle(db, asks[total + i]!);
  const latencies: number[] = [];
  let errors = 0;
  let suggestions = 0;
  const interval = 1000 / opts.rate;
  const start = performance.now() + 50;
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + i * interval;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((r) => setTimeout(r, wait));
    inflight.push(
      suggestForStyle(db, asks[i]!).then(
        (r) => {
          latencies.push(performance.now() - due);
          suggestions += r.alternatives.length + r.goesWith.length;
        },
        () => {
          errors++;
          latencies.push(performance.now() - due);
        },
      ),
    );
  }
  await Promise.all(inflight);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const r2 = (x: number) => Math.round(x * 100) / 100;
  return {
    rate: opts.rate,
    seconds: opts.seconds,
    requests: total,
    errors,
    p50: r2(quantile(latencies, 0.5)),
    p95: r2(quantile(latencies, 0.95)),
    p99: r2(quantile(latencies, 0.99)),
    max: r2(latencies.at(-1) ?? 0),
    achieved: r2(total / elapsed),
    meanSuggestions: r2(suggestions / Math.max(1, total - errors)),
    withCustomerShare: r2(asks.slice(0, total).filter((a) => a.customerId).length / total),
  };
}
