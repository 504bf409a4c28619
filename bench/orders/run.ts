// npm run bench:orders — orders under load on a real Postgres server (DATABASE_URL, default the local one).
// Creates a fresh database fw_bench_orders_<random>, runs three measurements, prints a summary, drops the database.
// Layer measured: the domain functions the HTTP handlers call after auth (placeOrder, createHold, cancelOrder,
// changeLineStatus, sweepExpiredHolds) over a node-postgres pool of the app's default size, in one Node process.
import { randomBytes, randomUUID } from "node:crypto";
import pg from "pg";
import { sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { openDatabase, rowsOf, type Db } from "@/lib/db/client";
import { createHold } from "@/lib/domain/holds/create-hold";
import { holdInputSchema } from "@/lib/domain/holds/schemas";
import { releaseHold } from "@/lib/domain/holds/release-hold";
import { sweepExpiredHolds } from "@/lib/domain/holds/sweep-expired-holds";
import { cancelOrder } from "@/lib/domain/orders/cancel-order";
import { changeLineStatus } from "@/lib/domain/orders/change-line-status";
import { placeOrder } from "@/lib/domain/orders/place-order";
import { placeOrderInputSchema, type OrderDetail, type PlaceOrderInput } from "@/lib/domain/orders/schemas";
import { AppError } from "@/lib/errors";
import { bulkStock, createBenchChain, type BenchChain } from "./fixtures";

const SERVER = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const POOL = Number(process.env.DB_POOL_SIZE ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 50);
const ATTEMPTS = 200;
const LOW_VARIANTS = 20;
const RATE = Number(process.env.BENCH_RATE ?? 50);
const LOAD_SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const POSTCODES = ["28013", "08019", "46001", "41001", "48001", "50001", "29001", "07001", "35002", "15001"];

const rnd = (n: number) => Math.floor(Math.random() * n);
const pick = <T>(xs: readonly T[]): T => xs[rnd(xs.length)]!;
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]! : NaN;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const token: Actor = { kind: "token", tokenId: "00000000-0000-4000-8000-0000000000be", role: "integration", name: "bench", storeId: null, deviceId: null, deviceStoreId: null };

type Outcome = "ok" | "out_of_stock" | "lock_conflict" | "refused" | "server_error";
function classify(e: unknown): Outcome {
  if (e instanceof AppError) {
    if (e.status >= 500) return "server_error";
    if (e.code === "out_of_stock") return "out_of_stock";
    if (e.code === "conflict") return "lock_conflict";
    return "refused";
  }
  // Anything else would reach the client as a 500; a CHECK violation is mapped to 409 out_of_stock by the API.
  const code = (e as { code?: string; cause?: { code?: string } })?.cause?.code ?? (e as { code?: string })?.code;
  return code === "23514" ? "out_of_stock" : "server_error";
}

function orderInput(chain: BenchChain, lines: { variantId: number; source: number | "best" }[], customer?: string): PlaceOrderInput {
  return placeOrderInputSchema.parse({
    customer: { id: customer ?? pick(chain.customerIds) },
    fulfilment: { kind: "delivery", address: { name: "Bench Customer", line1: "Calle Mayor 1", city: "Somewhere", postcode: pick(POSTCODES) } },
    lines: lines.map((l) => ({ kind: "ship", qty: 1, ...l })),
  });
}

async function invariantViolations(db: Db): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await db.execute(sql`
      SELECT count(*)::int AS n FROM stock s
      WHERE s.reserved <> coalesce((SELECT sum(h.qty) FROM holds h WHERE h.variant_id = s.variant_id AND h.store_id = s.store_id AND h.status = 'active'), 0)
                        + coalesce((SELECT sum(l.qty) FROM order_lines l WHERE l.variant_id = s.variant_id AND l.source_store_id = s.store_id
                                    AND l.kind = 'ship' AND l.status IN ('placed', 'picking')), 0)
         OR s.reserved > s.on_hand OR s.reserved < 0`),
  );
  return Number(rows[0]?.n ?? 0);
}

async function storm(db: Db, chain: BenchChain) {
  console.log(`\n(1) Concurrency storm: ${ROUNDS} rounds x ${ATTEMPTS} concurrent attempts (75% orders, 25% holds) over ${LOW_VARIANTS} low-stock variants`);
  const totals = { ok: 0, out_of_stock: 0, lock_conflict: 0, refused: 0, server_error: 0, stock: 0, oversold: 0, ms: [] as number[] };
  const placed: OrderDetail[] = [];
  const heldIds: string[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const vs = chain.variantIds.slice(round * LOW_VARIANTS, (round + 1) * LOW_VARIANTS);
    const holders = new Map<number, number[]>();
    const rows: [number, number, number][] = [];
    for (const v of vs) {
      const at = [...new Set([pick(chain.storeIds), pick(chain.storeIds)])];
      holders.set(v, at);
      for (const s of at) rows.push([v, s, 1 + rnd(3)]);
    }
    await bulkStock(db, rows);
    const stock = rows.reduce((a, r) => a + r[2], 0);
    const counts = { ok: 0, out_of_stock: 0, lock_conflict: 0, refused: 0, server_error: 0 };
    const started = performance.now();
    await Promise.all(
      Array.from({ length: ATTEMPTS }, async (_, i) => {
        const v = pick(vs);
        const t = performance.now();
        try {
          if (i % 4 === 3) {
            const h = await createHold(db, chain.actor, holdInputSchema.parse({ variantId: v, atStoreId: pick(holders.get(v)!), minutes: 30 }), { idempotencyKey: randomUUID() });
            heldIds.push(h.body.id);
          } else {
            const source = i % 2 ? "best" : pick(holders.get(v)!);
            placed.push((await placeOrder(db, chain.actor, orderInput(chain, [{ variantId: v, source }]), { idempotencyKey: randomUUID() })).body);
          }
          counts.ok++;
        } catch (e) {
          const o = classify(e);
          counts[o]++;
          if (o === "server_error" && counts.server_error <= 3) console.error("  server error:", e);
        }
        totals.ms.push(performance.now() - t);
      }),
    );
    const [row] = rowsOf<{ oversold: number }>(
      await db.execute(sql`SELECT coalesce(sum(greatest(reserved - on_hand, 0)), 0)::int AS oversold FROM stock WHERE variant_id IN ${sql.raw(`(${vs.join(",")})`)}`),
    );
    // Units promised beyond stock: successes can never exceed the units there were.
    const oversold = Number(row?.oversold ?? 0) + Math.max(0, counts.ok - stock);
    totals.stock += stock;
    totals.oversold += oversold;
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) totals[k] += counts[k];
    if (round < 5 || round === ROUNDS - 1 || oversold || counts.server_error) {
      console.log(
        `  round ${String(round + 1).padStart(2)}: ${String(counts.ok).padStart(3)} successes for ${String(stock).padStart(3)} units, oversold ${oversold}, ` +
          `out_of_stock 409 ${counts.out_of_stock}, lock 409 ${counts.lock_conflict}, server errors ${counts.server_error} (${Math.round(performance.now() - started)} ms)`,
      );
    } else if (round === 5) console.log("  ...");
  }
  console.log(`  all rounds: ${totals.ok} successes for ${totals.stock} units; oversold ${totals.oversold}; server errors ${totals.server_error}; losers with out_of_stock 409: ${totals.out_of_stock}; lock-timeout 409s: ${totals.lock_conflict}`);

  // Exercise every path that moves a reservation, then check the books balance everywhere.
  let shipped = 0;
  let cancelled = 0;
  let released = 0;
  for (const [i, o] of placed.entries()) {
    const line = o.lines[0]!;
    if (i % 3 === 0) {
      await changeLineStatus(db, token, o.id, line.id, { status: "shipped", carrier: "SEUR", trackingNumber: `T${i}` });
      shipped++;
    } else if (i % 3 === 1) {
      await cancelOrder(db, token, o.id, {}, { idempotencyKey: randomUUID() });
      cancelled++;
    }
  }
  for (const [i, id] of heldIds.entries()) {
    if (i % 2 === 0) {
      await releaseHold(db, token, id);
      released++;
    }
  }
  const expired = await sweepExpiredHolds(db, new Date(Date.now() + 31 * 60_000), { limit: 100_000 });
  const violations = await invariantViolations(db);
  console.log(`  then shipped ${shipped}, cancelled ${cancelled} orders, released ${released} holds, swept ${expired} expired holds`);
  console.log(`  stock rows where reserved != active holds + unshipped ship lines: ${violations}`);
  return { ...totals, violations };
}

async function idempotency(db: Db, chain: BenchChain) {
  console.log("\n(2) Idempotency");
  const v = chain.variantIds[chain.variantIds.length - 1]!;
  await bulkStock(db, chain.storeIds.map((s) => [v, s, 100_000]));
  const count = async () => Number(rowsOf<{ n: number }>(await db.execute(sql`SELECT count(*)::int AS n FROM orders`))[0]?.n);
  const input = orderInput(chain, [{ variantId: v, source: chain.storeIds[1]! }], chain.customerIds[0]);

  let before = await count();
  const key1 = randomUUID();
  const seq: string[] = [];
  for (let i = 0; i < 10; i++) seq.push((await placeOrder(db, chain.actor, input, { idempotencyKey: key1 })).json);
  const seqOrders = (await count()) - before;
  const seqIdentical = new Set(seq).size === 1;
  console.log(`  same order sent 10 times in sequence: ${seqOrders} order created, responses identical: ${seqIdentical}`);

  before = await count();
  const key2 = randomUUID();
  const conc = await Promise.allSettled(Array.from({ length: 20 }, () => placeOrder(db, chain.actor, input, { idempotencyKey: key2 })));
  const okJson = conc.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ json: string }>).value.json);
  const inProgress = conc.filter((r) => r.status === "rejected" && ((r as PromiseRejectedResult).reason as AppError).code === "idempotency_in_progress").length;
  const other = conc.length - okJson.length - inProgress;
  const after = (await placeOrder(db, chain.actor, input, { idempotencyKey: key2 })).json;
  const concOrders = (await count()) - before;
  const concIdentical = new Set([...okJson, after]).size === 1;
  console.log(`  same order sent 20 times concurrently: ${concOrders} order created; ${okJson.length} got the response, ${inProgress} got 409 in progress, ${other} other; all responses identical (incl. a retry after): ${concIdentical}`);

  before = await count();
  let mismatched = 0;
  for (let i = 0; i < 100; i++) {
    const key = randomUUID();
    const lost = await placeOrder(db, chain.actor, input, { idempotencyKey: key }); // response "dropped" after the commit
    const retry = await placeOrder(db, chain.actor, input, { idempotencyKey: key });
    if (retry.json !== lost.json || !retry.replayed) mismatched++;
  }
  const droppedOrders = (await count()) - before;
  console.log(`  100 responses dropped after the commit, then retried: ${droppedOrders} orders created (one each), retries not identical: ${mismatched}`);
  return { seqOrders, seqIdentical, concOrders, concIdentical, inProgress, other, droppedOrders, mismatched };
}

async function load(db: Db, chain: BenchChain, variants: number[]) {
  const n = RATE * LOAD_SECONDS;
  console.log(`\n(3) Order creation, open model: ${RATE} orders/s offered for ${LOAD_SECONDS} s (${n} orders; latency from the scheduled start)`);
  const make = () => {
    const lines = Array.from({ length: Math.random() < 0.2 ? 2 : 1 }, () => ({ variantId: pick(variants), source: Math.random() < 0.3 ? ("best" as const) : pick(chain.storeIds) }));
    return orderInput(chain, lines);
  };
  const latencies: number[] = [];
  let failures = 0;
  const t0 = performance.now() + 50;
  const inflight: Promise<void>[] = [];
  for (let i = 0; i < n; i++) {
    const at = t0 + (i * 1000) / RATE;
    const wait = at - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const input = make();
    inflight.push(
      placeOrder(db, chain.actor, input, { idempotencyKey: randomUUID() }).then(
        () => void latencies.push(performance.now() - at),
        () => void failures++,
      ),
    );
  }
  await Promise.all(inflight);
  const open = { p50: pct(latencies, 50), p95: pct(latencies, 95), p99: pct(latencies, 99), max: Math.max(...latencies), failures };
  console.log(`  p50 ${ms(open.p50)}, p95 ${ms(open.p95)}, p99 ${ms(open.p99)}, max ${ms(open.max)}; failures ${failures}`);

  const concurrency = POOL * 2;
  const seconds = 10;
  console.log(`  saturation: closed loop, ${concurrency} concurrent callers for ${seconds} s`);
  const sat: number[] = [];
  let satFailures = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        try {
          await placeOrder(db, chain.actor, make(), { idempotencyKey: randomUUID() });
          sat.push(performance.now() - t);
        } catch {
          satFailures++;
        }
      }
    }),
  );
  const saturation = { rate: sat.length / seconds, p50: pct(sat, 50), p95: pct(sat, 95), failures: satFailures };
  console.log(`  ${saturation.rate.toFixed(0)} orders/s (p50 ${ms(saturation.p50)}, p95 ${ms(saturation.p95)}); failures ${satFailures}`);
  return { open, saturation };
}

async function main() {
  const name = `fw_bench_orders_${randomBytes(4).toString("hex")}`;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: SERVER });
    await c.connect();
    try {
      await c.query(q);
    } finally {
      await c.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: POOL });
  try {
    const pgv = rowsOf<{ v: string }>(await handle.db.execute(sql`SELECT current_setting('server_version') AS v`))[0]?.v;
    console.log(`Floorwalker orders bench — Postgres ${pgv}, database ${name}, pool ${POOL}, Node ${process.version}`);
    console.log("Layer: domain functions called by the HTTP handlers after auth (idempotency + one transaction per order: customer,");
    console.log("planning, conditional reservations, order rows, email outbox, usage events). HTTP, session and JSON parsing are not included.");
    const chain = await createBenchChain(handle.db, ROUNDS * LOW_VARIANTS + 101);
    const loadVariants = chain.variantIds.slice(ROUNDS * LOW_VARIANTS, ROUNDS * LOW_VARIANTS + 100);
    await bulkStock(handle.db, loadVariants.flatMap((v) => chain.storeIds.map((s): [number, number, number] => [v, s, 1_000_000])));

    const s = await storm(handle.db, chain);
    const i = await idempotency(handle.db, chain);
    const l = await load(handle.db, chain, loadVariants);

    const pass = (ok: boolean) => (ok ? "PASS" : "FAIL");
    const table: [string, string, string][] = [
      ["storm: oversold units", String(s.oversold), pass(s.oversold === 0)],
      ["storm: server errors", String(s.server_error), pass(s.server_error === 0)],
      ["storm: successes / units", `${s.ok} / ${s.stock}`, pass(s.ok <= s.stock)],
      ["storm: losers answered 409 out_of_stock", String(s.out_of_stock), "info"],
      ["storm: lock-timeout 409s", String(s.lock_conflict), "info"],
      ["storm: attempt latency p50 / p95", `${ms(pct(s.ms, 50))} / ${ms(pct(s.ms, 95))}`, "info"],
      ["reserved == holds + unshipped lines (bad rows)", String(s.violations), pass(s.violations === 0)],
      ["idempotency: 10 sequential -> orders", `${i.seqOrders} (identical: ${i.seqIdentical})`, pass(i.seqOrders === 1 && i.seqIdentical)],
      ["idempotency: 20 concurrent -> orders", `${i.concOrders} (identical: ${i.concIdentical}, 409s: ${i.inProgress})`, pass(i.concOrders === 1 && i.concIdentical && i.other === 0)],
      ["idempotency: 100 dropped responses -> orders", `${i.droppedOrders} (mismatched: ${i.mismatched})`, pass(i.droppedOrders === 100 && i.mismatched === 0)],
      [`open model ${RATE}/s: p50 / p95 / p99`, `${ms(l.open.p50)} / ${ms(l.open.p95)} / ${ms(l.open.p99)}`, pass(l.open.p95 <= 60 && l.open.failures === 0)],
      ["saturation (closed loop)", `${l.saturation.rate.toFixed(0)} orders/s, p95 ${ms(l.saturation.p95)}`, "info"],
    ];
    const w = Math.max(...table.map((r) => r[0].length));
    const w2 = Math.max(...table.map((r) => r[1].length));
    console.log(`\nSummary (layer: domain functions over a pg pool of ${POOL})`);
    console.log(`${"measure".padEnd(w)}  ${"value".padEnd(w2)}  result`);
    console.log(`${"-".repeat(w)}  ${"-".repeat(w2)}  ------`);
    for (const [a, b, c] of table) console.log(`${a.padEnd(w)}  ${b.padEnd(w2)}  ${c}`);
    process.exitCode = table.some((r) => r[2] === "FAIL") ? 1 : 0;
  } finally {
    await handle.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`\nDropped ${name}`);
  }
}

await main();
