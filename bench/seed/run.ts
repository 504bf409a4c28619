/**
 * How long the demo chain takes to generate and load on PGlite, and (with DATABASE_URL pointing at a
 * Postgres server) how long a 500-store, ~40,000-variant chain takes on Postgres.
 *   npm run bench:seed
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:seed
 * Each phase runs in a child process of its own so its peak memory is its own.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { DEMO_SCALE } from "@/lib/db/seed/params";
import { BENCH_CHAIN, chainOnPostgres, demoOnPglite, generateOnly, type PhaseResult } from "./phases";

const MARK = "BENCH_RESULT ";
const phaseArg = process.argv.indexOf("--phase");

async function runPhase(name: string): Promise<PhaseResult> {
  const url = process.env.DATABASE_URL ?? "";
  switch (name) {
    case "demo-generate":
      return generateOnly(name, DEMO_SCALE);
    case "demo-pglite-memory":
      return demoOnPglite(name, false);
    case "demo-pglite-dir":
      return demoOnPglite(name, true);
    case "chain-generate":
      return generateOnly(name, BENCH_CHAIN);
    case "chain-postgres":
      return chainOnPostgres(name, url, BENCH_CHAIN);
    default:
      throw new Error(`unknown phase ${name}`);
  }
}

function inChild(name: string): Promise<PhaseResult> {
  return new Promise((resolve, reject) => {
    process.stderr.write(`  ${name} ...\n`);
    const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), "--phase", name], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(MARK));
      if (code !== 0 || !line) return reject(new Error(`${name} failed (exit ${code})`));
      resolve(JSON.parse(line.slice(MARK.length)) as PhaseResult);
    });
  });
}

function table(rows: PhaseResult[]): string {
  const head = ["phase", "driver", "stores", "variants", "stock rows", "customers", "sales", "lines", "open s", "time s", "rows/s", "peak RSS MB", "peak heap MB"];
  const body = rows.map((r) => {
    const rows = r.stockRows + r.sales + r.saleLines + r.customers;
    return [r.phase, r.driver, r.stores, r.variants, r.stockRows, r.customers, r.sales, r.saleLines, (r.openMs / 1000).toFixed(1), (r.ms / 1000).toFixed(1),
      Math.round(rows / (r.ms / 1000)), r.peakRssMb, r.peakHeapMb].map((v) => (typeof v === "number" ? v.toLocaleString("en") : v));
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells: (string | number)[]) => cells.map((c, i) => String(c).padStart(widths[i] ?? 0)).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

if (phaseArg >= 0) {
  const result = await runPhase(process.argv[phaseArg + 1] ?? "");
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
} else {
  const phases = ["demo-generate", "demo-pglite-memory", "demo-pglite-dir"];
  if (process.env.DATABASE_URL) phases.push("chain-generate", "chain-postgres");
  console.log(`Seed benchmark (node ${process.version})`);
  const results: PhaseResult[] = [];
  for (const p of phases) results.push(await inChild(p));
  console.log(`\n${table(results)}\n`);
  console.log("open s = opening the database and running migrations; time s = generating and loading the chain.");
  if (!process.env.DATABASE_URL) {
    console.log(`Chain scale (${BENCH_CHAIN.stores} stores, ~40,000 variants) on Postgres skipped: set DATABASE_URL to a Postgres server, e.g.`);
    console.log("  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:seed");
    console.log("A throwaway database fw_bench_seed_<random> is created on it and dropped afterwards.");
  }
}
