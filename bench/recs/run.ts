/**
 * Suggestions benchmark: offline quality on the demo history, model build cost, and style-screen serving latency.
 *   npm run bench:recs                                   demo only: offline evaluation + demo build (PGlite in memory)
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:recs
 *       also: a 500-store chain with ~5M sale lines in a throwaway database fw_bench_recs_<random> (loading takes a while),
 *       its full and incremental build, and serving at 100 requests/s; the database is dropped afterwards.
 * Options: --skip-chain (demo only), --keep (leave the chain database), --reuse NAME (measure an already loaded one),
 *          --rate N (requests/s, default 100), --seconds N (default 40), --customers N (a smaller chain for a quick try),
 *          --serve-only (with --reuse: only the serving measurement).
 * Each phase runs in a child process of its own, so its peak memory is its own.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg, cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chainBuildPhase, chainIncrementalPhase, chainLoadPhase, chainServePhase, chainUrl, CHAIN, demoPhase, type BuildCost } from "./phases";
import type { EvalResult } from "./offline-eval";
import type { LatencyResult } from "./serve-latency";

const MARK = "BENCH_RESULT ";
const { values } = parseArgs({
  options: {
    phase: { type: "string" },
    url: { type: "string" },
    "skip-chain": { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    reuse: { type: "string" },
    rate: { type: "string", default: "100" },
    seconds: { type: "string", default: "40" },
    customers: { type: "string", default: String(CHAIN.customers) },
    "serve-only": { type: "boolean", default: false },
  },
});
const rate = Number(values.rate);
const seconds = Number(values.seconds);
const customers = Number(values.customers);

async function runPhase(name: string, url: string): Promise<unknown> {
  switch (name) {
    case "demo":
      return demoPhase();
    case "chain-load":
      return chainLoadPhase(url, customers);
    case "chain-build":
      return chainBuildPhase(url);
    case "chain-incremental":
      return chainIncrementalPhase(url);
    case "chain-serve":
      return chainServePhase(url, rate, seconds);
    default:
      throw new Error(`unknown phase ${name}`);
  }
}

/** The machine is shared: every phase notes how busy it was, so a slow figure can be read for what it is. */
const loads: string[] = [];
const load = () => loadavg().map((x) => x.toFixed(1)).join(" ");

function inChild<T>(name: string, url = ""): Promise<T> {
  return new Promise((resolve, reject) => {
    process.stderr.write(`  ${name} (load average ${load()}) ...\n`);
    const before = load();
    const args = [...process.execArgv, fileURLToPath(import.meta.url), "--phase", name, "--url", url, "--rate", String(rate), "--seconds", String(seconds), "--customers", String(customers)];
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const line = out.split("\n").find((l) => l.startsWith(MARK));
      if (code !== 0 || !line) return reject(new Error(`${name} failed (exit ${code})`));
      loads.push(`${name}: ${before} -> ${load()}`);
      resolve(JSON.parse(line.slice(MARK.length)) as T);
    });
  });
}

function table(head: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((v) => (typeof v === "number" ? v.toLocaleString("en") : v)));
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => String(c[i]).length)));
  const line = (c: (string | number)[]) => c.map((v, i) => (i === 0 ? String(v).padEnd(widths[i] ?? 0) : String(v).padStart(widths[i] ?? 0))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}

function printEvaluation(e: EvalResult) {
  const asOf = new Date(new Date(e.cut).getTime() + 60 * 86_400_000).toISOString().slice(0, 10);
  console.log(`\nOffline evaluation: demo history, the 60 days before ${asOf} held out`);
  console.log(`${e.users.toLocaleString("en")} customers with earlier history and new styles bought in the window (${e.testItems.toLocaleString("en")} held-out styles); model built from sales before the cut in ${(e.build.ms / 1000).toFixed(1)} s.\n`);
  const rec = e.rows.find((r) => r.name === "recommender")!;
  console.log(
    table(
      ["method", "hit rate@10", "nDCG@10", "vs popularity (hit / nDCG)", "what"],
      e.rows.map((r) => {
        const pop = e.rows.find((x) => x.name === "popularity")!;
        return [r.name, r.hitRate.toFixed(3), r.ndcg.toFixed(3), `${(r.hitRate / pop.hitRate).toFixed(2)}x / ${(r.ndcg / pop.ndcg).toFixed(2)}x`, r.note];
      }),
    ),
  );
  const pop = e.rows.find((r) => r.name === "popularity")!;
  const clear = rec.hitRate > 1.3 * pop.hitRate && rec.ndcg > 1.3 * pop.ndcg;
  console.log(`\nRecommender vs popularity: ${clear ? "beats it clearly on both (> 1.3x)" : "DOES NOT beat it clearly"}.`);
}

function printBuilds(builds: BuildCost[]) {
  console.log("\nModel build (buildRecommendations): time and peak memory of the process running it");
  console.log(
    table(
      ["build", "sales", "sale lines", "lines counted", "styles re-ranked", "time s", "RSS before MB", "peak RSS MB", "peak heap MB"],
      builds.map((b) => [b.label, b.sales, b.saleLines, b.report.lines, b.report.restyled, (b.report.ms / 1000).toFixed(1), b.startRssMb, b.peakRssMb, b.peakHeapMb]),
    ),
  );
  for (const b of builds) if (b.report.ms > 1000) console.log(`  ${b.label}: ${Object.entries(b.report.stepsMs).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(", ")}`);
  console.log("Counts are summed in the database, same-customer pairs in this process; PGlite runs inside this process, so its RSS includes the whole database.");
}

function printLatency(l: LatencyResult) {
  console.log(`\nServing: style-screen suggestions (alternatives + goes with, availability filtered) at ${l.rate} requests/s open model, ${l.seconds} s, 500 stores, Postgres`);
  console.log(
    table(
      ["requests", "errors", "achieved req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "suggestions/req", "with customer"],
      [[l.requests, l.errors, l.achieved, l.p50, l.p95, l.p99, l.max, l.meanSuggestions, `${Math.round(l.withCustomerShare * 100)}%`]],
    ),
  );
  console.log(`Target p95 <= 20 ms: ${l.p95 <= 20 ? "met" : "NOT met"}. Latency runs from each request's scheduled time, so queueing counts.`);
}

async function main() {
  console.log(`Suggestions benchmark (node ${process.version})`);
  const serveOnly = values["serve-only"] && values.reuse !== undefined;
  const demo = serveOnly ? null : await inChild<Awaited<ReturnType<typeof demoPhase>>>("demo");
  const builds = [...(demo?.builds ?? [])];
  let latency: LatencyResult | null = null;
  const server = process.env.DATABASE_URL;
  let loaded: Awaited<ReturnType<typeof chainLoadPhase>> | null = null;
  if (server && !values["skip-chain"]) {
    const { Client } = await import("pg");
    const admin = new Client({ connectionString: server });
    await admin.connect();
    const name = values.reuse ?? `fw_bench_recs_${randomBytes(5).toString("hex")}`;
    if (!values.reuse) await admin.query(`CREATE DATABASE ${name}`);
    const url = chainUrl(server, name);
    try {
      if (!values.reuse) {
        process.stderr.write(`  loading ${CHAIN.stores} stores, ${customers.toLocaleString("en")} customers over ${CHAIN.historyDays} days into ${name} (several minutes)\n`);
        loaded = await inChild("chain-load", url);
      }
      if (!serveOnly) {
        builds.push(await inChild<BuildCost>("chain-build", url));
        builds.push(await inChild<BuildCost>("chain-incremental", url));
      }
      latency = await inChild<LatencyResult>("chain-serve", url);
    } finally {
      if (values.keep) console.log(`\nKept database ${name} (reuse with --reuse ${name}).`);
      else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  }

  if (demo) printEvaluation(demo.evaluation);
  if (builds.length > 0) printBuilds(builds);
  if (loaded) console.log(`Chain load (loadChain, not part of the model): ${loaded.saleLines.toLocaleString("en")} sale lines, ${loaded.stock.toLocaleString("en")} stock rows in ${(loaded.ms / 1000).toFixed(0)} s.`);
  if (latency) printLatency(latency);
  else console.log("\nServing latency at the 500-store chain skipped: set DATABASE_URL to a Postgres server (and leave out --skip-chain).");
  console.log(`\nMachine: ${cpus().length} cores; load average (1, 5, 15 min) before -> after each phase:\n  ${loads.join("\n  ")}`);
}

if (values.phase) {
  const result = await runPhase(values.phase, values.url ?? "");
  process.stdout.write(`${MARK}${JSON.stringify(result)}\n`);
  process.exit(0);
} else {
  await main();
}
