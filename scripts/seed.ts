import "server-only";
/**
 * Loads a generated chain into the configured database (DATABASE_URL, else PGLITE_DIR or .data/pglite).
 *   npm run seed -- --stores 500 --styles 2700 --customers 50000 --history-days 365 [--reset]
 * Defaults are the demo chain. Refuses a database that already has stores unless --reset is given.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/client";
import { demoCredentials } from "@/lib/db/seed/demo-credentials";
import { loadChain, type LoadProgress } from "@/lib/db/seed/load-chain";
import { DEMO_SCALE, type ChainScale } from "@/lib/db/seed/params";
import { isSeeded, resetDatabase } from "@/lib/db/seed/seed-state";
import { env } from "@/lib/env";

const { values } = parseArgs({
  options: {
    stores: { type: "string" },
    styles: { type: "string" },
    customers: { type: "string" },
    "history-days": { type: "string" },
    associates: { type: "string" },
    seed: { type: "string" },
    "as-of": { type: "string" },
    concurrency: { type: "string" },
    reset: { type: "boolean", default: false },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log("npm run seed -- [--stores N] [--styles N] [--customers N] [--history-days N] [--associates N] [--seed N] [--as-of ISO] [--concurrency N] [--reset]");
  process.exit(0);
}

function int(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number, got "${value}"`);
  return n;
}

const scale: ChainScale = {
  seed: int("seed", values.seed, DEMO_SCALE.seed),
  stores: int("stores", values.stores, DEMO_SCALE.stores),
  styles: int("styles", values.styles, DEMO_SCALE.styles),
  customers: int("customers", values.customers, DEMO_SCALE.customers),
  historyDays: int("history-days", values["history-days"], DEMO_SCALE.historyDays),
  associatesPerStore: int("associates", values.associates, DEMO_SCALE.associatesPerStore),
};
const asOf = values["as-of"] ? new Date(values["as-of"]) : undefined;

const e = env();
const pgliteDir = e.PGLITE_DIR === "memory" ? "memory://" : path.resolve(e.PGLITE_DIR ?? path.join(e.DATA_DIR, "pglite"));
const url = e.DATABASE_URL ? new URL(e.DATABASE_URL) : undefined;
// Never print the password part of the URL.
const where = url ? `${url.host}${url.pathname}` : pgliteDir;

const handle = await openDatabase(url ? { url: url.toString(), poolSize: 8 } : { pgliteDir });
try {
  if (await isSeeded(handle.db)) {
    if (!values.reset) {
      console.error(`${where} already holds a chain. Re-run with --reset to empty it first.`);
      process.exitCode = 1;
    } else {
      const tables = await resetDatabase(handle.db);
      console.log(`Emptied ${tables.length} tables in ${where}.`);
    }
  }
  if (process.exitCode !== 1) {
    console.log(`Seeding ${where} (${handle.driver}): ${JSON.stringify(scale)}`);
    let last = 0;
    const progress = (p: LoadProgress) => {
      const now = performance.now();
      if (p.done !== p.total && now - last < 1_000) return;
      last = now;
      console.log(`  ${p.phase.padEnd(9)} ${String(p.done).padStart(5)}/${p.total}  ${p.rows.toLocaleString("en")} rows  ${(p.elapsedMs / 1000).toFixed(1)} s`);
    };
    // Side-by-side chunks only help a pooled server; PGlite has one connection.
    const concurrency = int("concurrency", values.concurrency, handle.driver === "postgres" ? 3 : 1);
    const result = await loadChain(handle.db, { ...scale, asOf }, progress, { concurrency });
    console.log("Loaded:", result.counts);
    console.log(`Took ${(result.timingsMs.total / 1000).toFixed(1)} s (as of ${result.params.asOf.toISOString()}).`);
    const c = demoCredentials(scale.seed, scale.associatesPerStore);
    console.log(`Sign in: associates ${c.associates.map((a) => a.staffNumber).join(", ")} PIN ${c.associates[0]?.pin ?? ""}; ${c.manager.email} / ${c.manager.password}; ${c.admin.email} / ${c.admin.password}`);
    console.log(`Integration API token: ${c.apiToken}`);
  }
} finally {
  await handle.close();
}
