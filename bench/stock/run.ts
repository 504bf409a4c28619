/**
 * Issue 3's speed targets, measured over HTTP against the PRODUCTION build (`next start`), plus the browser.
 *   npm run bench:stock                       everything (~15-20 min on the 2-core machine)
 *   npm run bench:stock -- --skip-chain       only the embedded demo (PGlite) parts
 *   npm run bench:stock -- --skip-browser     no Playwright part
 *   npm run bench:stock -- --skip-pglite      no PGlite stock run (the browser part still starts the demo server)
 *   npm run bench:stock -- --smoke            tiny chain, short runs: checks the harness, numbers mean nothing
 *   npm run bench:stock -- --report           print the table of the last run again (bench/stock/last-run.json)
 * Postgres: $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres; a database fw_bench_stock_<random> is
 * created there and dropped at the end. Results: printed table + bench/stock/last-run.json.
 *
 * Parts:
 *  1. Chain (500 stores, ~40,000 variants) on Postgres: the app's stock endpoint and a bare node:http + pg server
 *     (bench/stock/bare-server.mjs) at the same fixed 250 req/s (open model: latency from the scheduled start),
 *     then closed-loop saturation 8/16/32/64 connections, with the app's RSS and CPU sampled from /proc.
 *  2. Type-ahead search at chain scale, 100 req/s.
 *  3. Embedded demo (PGlite, SEED_DEMO=auto): the stock question at 100 req/s.
 *  4. Browser (Debian Chromium): type-ahead pick -> stores grid drawn, wedge scan -> stores grid drawn.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, cpSync, symlinkSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import { openDatabase, rowsOf } from "@/lib/db/client";
import { loadChain } from "@/lib/db/seed/load-chain";
import { DEMO_SEED, type ChainScale } from "@/lib/db/seed/params";
import { demoApiToken } from "@/lib/db/seed/generate-users";
import { DEMO_STORY } from "@/lib/db/seed/demo-story";
// @ts-expect-error plain ESM helper without types
import { closedLoop, get, mergeOpen, openModel, quantiles } from "./load.mjs";
import { registerTabletAndSignIn } from "../support/tablet-sign-in";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, "../..");
const args = new Set(process.argv.slice(2));
const SMOKE = args.has("--smoke");
const SKIP_CHAIN = args.has("--skip-chain");
const SKIP_BROWSER = args.has("--skip-browser");
const SKIP_PGLITE = args.has("--skip-pglite");
const REPORT_ONLY = args.has("--report"); // re-print the table of bench/stock/last-run.json

const PG_URL = process.env.BENCH_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CHAIN: ChainScale = SMOKE
  ? { seed: 1, stores: 12, styles: 60, customers: 50, historyDays: 7, associatesPerStore: 1 }
  : // bench/seed's 500-store chain (2,110 styles = ~40,000 variants, ~13.5M stock rows), small customer history.
    { seed: 1, stores: 500, styles: 2110, customers: 2_000, historyDays: 30, associatesPerStore: 1 };
const D = SMOKE ? 3 : 20; // seconds per fixed-rate run
const SAT_S = SMOKE ? 2 : 10; // seconds per saturation level
const SAT_LEVELS = [8, 16, 32, 64];
const STOCK_RATE = 250;
const SEARCH_RATE = 100;
const DEMO_RATE = 100;
const APP_PORT = 3291;
const BARE_PORT = 3292;
const DEMO_PORT = 3293;
const SECRET = "bench-stock-secret-not-for-production-0123456789";
const TARGETS = { appP95: 15, ratioP95: 2, satRps: 1500, rssMb: 400, searchP95: 30, demoP95: 25, browserMs: 500 };

// ---------------------------------------------------------------------------------------------------------
const log = (m: string) => process.stderr.write(`[bench:stock ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const load1 = () => Number(loadavg()[0]!.toFixed(2));

function assertLocalUrl(u: string) {
  const h = new URL(u).hostname;
  if (!["127.0.0.1", "localhost", "::1", "[::1]"].includes(h)) throw new Error(`Postgres must be local, got ${h}`);
}

/** Deterministic PRNG (mulberry32): both servers get the very same request sequence. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- processes ---------------------------------------------------------------------------------------------
type Proc = { name: string; child: ChildProcess; logFile: string };
const procs: Proc[] = [];
const LOG_DIR = mkdtempSync(path.join(tmpdir(), "fw-bench-stock-logs-"));

function start(name: string, cmd: string[], env: Record<string, string | undefined>, cwd = ROOT): Proc {
  const logFile = path.join(LOG_DIR, `${name}.log`);
  const fd = openSync(logFile, "a");
  // detached: its own process group, so stopping it also stops anything it started
  const child = spawn(cmd[0]!, cmd.slice(1), { cwd, env: env as NodeJS.ProcessEnv, stdio: ["ignore", fd, fd], detached: true });
  closeSync(fd);
  const p = { name, child, logFile };
  procs.push(p);
  log(`started ${name} (pid ${child.pid})`);
  return p;
}

async function stop(p: Proc) {
  const i = procs.indexOf(p);
  if (i >= 0) procs.splice(i, 1);
  const pid = p.child.pid;
  if (!pid || p.child.exitCode !== null || p.child.signalCode !== null) return;
  const exited = new Promise<void>((r) => p.child.once("exit", () => r()));
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    /* already gone */
  }
  const t = await Promise.race([exited.then(() => "ok"), sleep(5_000).then(() => "timeout")]);
  if (t === "timeout") {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      /* gone */
    }
    await Promise.race([exited, sleep(2_000)]);
  }
  log(`stopped ${p.name} (pid ${pid})`);
}

function tail(p: Proc, lines = 30) {
  try {
    return readFileSync(p.logFile, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

async function waitHttp(url: string, p: Proc, timeoutMs: number) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    if (p.child.exitCode !== null) throw new Error(`${p.name} exited (${p.child.exitCode}):\n${tail(p)}`);
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(60_000) });
      if (r.ok) return Date.now() - t0;
    } catch {
      /* not up yet */
    }
    await sleep(250);
  }
  throw new Error(`${p.name} not ready at ${url} after ${timeoutMs} ms:\n${tail(p)}`);
}

function nextEnv(port: number, extra: Record<string, string>): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.DATABASE_URL;
  delete env.PGLITE_DIR;
  delete env.DATA_DIR;
  return {
    ...env,
    NODE_ENV: "production",
    NEXTAUTH_SECRET: SECRET,
    NEXTAUTH_URL: `http://localhost:${port}`,
    JOBS: "off",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    ...extra,
  };
}
// For diagnosis, e.g. BENCH_APP_NODE_FLAGS=--trace-gc (not allowed in NODE_OPTIONS): the app's log in LOG_DIR then shows every pause.
const APP_NODE_FLAGS = (process.env.BENCH_APP_NODE_FLAGS ?? "").split(" ").filter(Boolean);
const NEXT_START = (port: number) => [process.execPath, ...APP_NODE_FLAGS, path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"];

// ---- /proc sampling ----------------------------------------------------------------------------------------
function procTree(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      parent.set(Number(d), Number(rest[1]));
    } catch {
      /* gone */
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const [pid, pp] of parent) if (pp === out[i]) out.push(pid);
  return out.filter((p) => parent.has(p));
}
function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}
function comm(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ").slice(0, 60) || readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "?";
  }
}
/** CPU seconds (user + system) of a process. */
function cpuS(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return 0;
  }
}

/** Peak RSS of a process tree (the biggest process, normally next-server, and the sum), sampled every 200 ms. */
class RssSampler {
  peakMaxKb = 0;
  peakSumKb = 0;
  peakName = "";
  lastKb = 0;
  private timer: NodeJS.Timeout;
  constructor(private root: number) {
    this.sample();
    this.timer = setInterval(() => this.sample(), 200);
  }
  sample() {
    let sum = 0;
    for (const pid of procTree(this.root)) {
      const kb = rssKb(pid);
      sum += kb;
      if (kb > this.peakMaxKb) {
        this.peakMaxKb = kb;
        this.peakName = comm(pid);
      }
    }
    this.lastKb = sum;
    this.peakSumKb = Math.max(this.peakSumKb, sum);
  }
  stop() {
    clearInterval(this.timer);
    this.sample();
    return { peakRssMb: Math.round(this.peakMaxKb / 1024), peakTreeRssMb: Math.round(this.peakSumKb / 1024), process: this.peakName };
  }
}

// ---- CPU attribution: node process tree + its Postgres backends (by application_name) ----------------------
type Pg = import("pg").Client;
async function backendPids(admin: Pg, db: string): Promise<Record<string, number[]>> {
  const { rows } = await admin.query<{ app: string; pid: number }>(
    "SELECT application_name AS app, pid FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend'",
    [db],
  );
  const out: Record<string, number[]> = {};
  for (const r of rows) (out[r.app] ??= []).push(r.pid);
  return out;
}
async function cpuSnapshot(admin: Pg | null, db: string, roots: Record<string, number>) {
  const snap: Record<string, Map<number, number>> = {};
  for (const [k, root] of Object.entries(roots)) snap[`${k} node`] = new Map(procTree(root).map((p) => [p, cpuS(p)]));
  if (admin) {
    const b = await backendPids(admin, db);
    for (const k of Object.keys(roots)) snap[`${k} pg`] = new Map((b[`fw_${k}`] ?? []).map((p) => [p, cpuS(p)]));
  }
  return snap;
}
/** What the servers' Postgres backends are doing, sampled every 100 ms (state / wait event / statement start). */
class WaitSampler {
  counts: Record<string, Record<string, number>> = {};
  private timer: NodeJS.Timeout;
  private busy = false;
  constructor(private admin: Pg, private db: string) {
    this.timer = setInterval(() => void this.sample(), 100);
  }
  async sample() {
    if (this.busy) return;
    this.busy = true;
    try {
      const { rows } = await this.admin.query<{ app: string; what: string }>(
        `SELECT application_name AS app,
           state || CASE WHEN wait_event IS NULL THEN ' (on CPU)' ELSE ' wait ' || wait_event_type || ':' || wait_event END ||
           CASE WHEN state = 'active' OR state LIKE 'idle in%' THEN ' | ' || regexp_replace(left(query, 48), '\\s+', ' ', 'g') ELSE '' END AS what
         FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND application_name IN ('fw_app', 'fw_bare')`,
        [this.db],
      );
      for (const r of rows) {
        const m = (this.counts[r.app] ??= {});
        m[r.what] = (m[r.what] ?? 0) + 1;
      }
    } catch {
      /* best effort */
    } finally {
      this.busy = false;
    }
  }
  stop(top = 6) {
    clearInterval(this.timer);
    const out: Record<string, [string, number][]> = {};
    for (const [app, m] of Object.entries(this.counts)) {
      const total = Object.values(m).reduce((a, b) => a + b, 0);
      out[app] = Object.entries(m).sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => [k, Math.round((100 * v) / total)]);
    }
    return out; // share of sampled backend-states, %
  }
}

function cpuDelta(a: Record<string, Map<number, number>>, b: Record<string, Map<number, number>>, wallS: number) {
  const out: Record<string, number> = {};
  for (const k of Object.keys(b)) {
    let s = 0;
    for (const [pid, v] of b[k]!) s += v - (a[k]?.get(pid) ?? v); // backends born mid-run are not counted (pools are warm)
    out[k] = Math.round((100 * s) / wallS);
  }
  return out; // percent of one core
}

// ---- request mixes ----------------------------------------------------------------------------------------
type Pair = { styleId: number; colour: string };
/** 80% of questions go to a "hot" 10% of style/colours (what is in the window), 20% anywhere; origin store uniform. */
function stockPaths(pairs: Pair[], storeIds: number[], n: number, seed: number): string[] {
  const r = rng(seed);
  const shuffled = [...pairs].sort(() => r() - 0.5);
  const hot = shuffled.slice(0, Math.max(1, Math.floor(shuffled.length / 10)));
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const p = r() < 0.8 ? hot[Math.floor(r() * hot.length)]! : shuffled[Math.floor(r() * shuffled.length)]!;
    const store = storeIds[Math.floor(r() * storeIds.length)]!;
    out.push(`/api/v1/styles/${p.styleId}/stores?colour=${encodeURIComponent(p.colour)}&store=${store}`);
  }
  return out;
}

/** What an associate types: name prefixes (one request per pause), typos (swapped letters), brand and category words. */
function searchPaths(styles: { name: string; brand: string; category: string }[], storeIds: number[], n: number, seed: number): string[] {
  const r = rng(seed);
  const typo = (w: string) => {
    if (w.length < 4) return w;
    const i = 1 + Math.floor(r() * (w.length - 2));
    return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const s = styles[Math.floor(r() * styles.length)]!;
    const name = s.name.toLowerCase();
    const kind = r();
    let q: string;
    if (kind < 0.55) q = name.slice(0, 2 + Math.floor(r() * Math.min(14, name.length - 1))).trimEnd(); // prefix while typing
    else if (kind < 0.8) q = name.split(" ").slice(0, 1 + Math.floor(r() * 3)).map(typo).join(" "); // typo'd words
    else if (kind < 0.9) q = `${s.brand.toLowerCase().slice(0, 3 + Math.floor(r() * 5))}`.trimEnd();
    else q = s.category.split("-")[0]!.slice(0, 3 + Math.floor(r() * 4));
    const store = storeIds[Math.floor(r() * storeIds.length)]!;
    out.push(`/api/v1/catalog/search?q=${encodeURIComponent(q || "bo")}&store=${store}`);
  }
  return out;
}

type Stats = { n: number; min: number; p50: number; p95: number; p99: number; max: number; mean: number };
type OpenResult = { rate: number; requests: number; achievedRps: number; errors: number; statuses: Record<string, number>; meanBytes: number; latency: Stats; service: Stats; maxSendLagMs: number; clientCpuPct: number };
type ClosedResult = { connections: number; completed: number; rps: number; errors: number; statuses: Record<string, number>; latency: Stats; clientCpuPct: number; nextIndex: number };

async function checkAnswer(base: string, p: string, headers: Record<string, string>) {
  const r = (await get(undefined, base, p, headers, { keepBody: true })) as { status: number; bytes: number; body?: string };
  if (r.status !== 200) throw new Error(`${base}${p} answered ${r.status}: ${r.body?.slice(0, 300)}`);
  return { bytes: r.bytes, json: JSON.parse(r.body!) as { sizes: { size: string }[]; stores: { storeId: number; distanceKm: number; cells: unknown[] }[] } };
}

// ---- part 1 + 2: chain on Postgres ---------------------------------------------------------------------------
async function chainPart(results: Record<string, unknown>, cleanups: (() => Promise<void>)[]) {
  assertLocalUrl(PG_URL);
  const { Client } = await import("pg");
  const admin = new Client({ connectionString: PG_URL, application_name: "fw_bench_admin" });
  await admin.connect();
  cleanups.push(() => admin.end().catch(() => undefined));
  const dbName = `fw_bench_stock_${randomBytes(5).toString("hex")}`;
  await admin.query(`CREATE DATABASE ${dbName}`);
  log(`created database ${dbName}`);
  cleanups.push(async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    log(`dropped database ${dbName}`);
  });
  const url = new URL(PG_URL);
  url.pathname = `/${dbName}`;
  const dbUrl = url.toString();

  // Load the chain (this process, pool of 4, 2 stores side by side), then let go of it.
  const t = performance.now();
  const h = await openDatabase({ url: dbUrl, poolSize: 4 });
  let lastLog = 0;
  const loaded = await loadChain(h.db, CHAIN, (p) => {
    if (p.done === p.total || performance.now() - lastLog > 15_000) {
      lastLog = performance.now();
      log(`  load ${p.phase} ${p.done}/${p.total} (${p.rows.toLocaleString("en")} rows)`);
    }
  }, { concurrency: 2 });
  // As autovacuum would have by the time anyone asks: hint bits set and the visibility map current, so stock reads
  // are index-only scans, not first reads of freshly loaded pages (which write as they read).
  await h.db.execute(sql`VACUUM (ANALYZE)`);
  // Flush what loading and VACUUM dirtied now, not as a background checkpoint in the middle of a measured run.
  await h.db.execute(sql`CHECKPOINT`);
  const loadS = (performance.now() - t) / 1000;
  log(`chain loaded in ${loadS.toFixed(0)} s: ${JSON.stringify(loaded.counts)}`);
  const pairs = rowsOf<Pair>(await h.db.execute(sql`SELECT DISTINCT v.style_id AS "styleId", v.colour FROM variants v JOIN styles s ON s.id = v.style_id WHERE v.active AND s.active ORDER BY 1, 2`));
  const storeIds = rowsOf<{ id: number }>(await h.db.execute(sql`SELECT id FROM stores WHERE active ORDER BY id`)).map((x) => x.id);
  const styleRows = rowsOf<{ name: string; brand: string; category: string }>(await h.db.execute(sql`SELECT name, brand, category FROM styles WHERE active ORDER BY id`));
  await h.close();
  const token = loaded.apiToken;
  const auth = { authorization: `Bearer ${token}` };
  const chain = { stores: loaded.counts.stores, styles: loaded.counts.styles, variants: loaded.counts.variants, stockRows: loaded.counts.stock, pairs: pairs.length, loadS: Math.round(loadS) };
  results.chain = chain;

  const paths = stockPaths(pairs, storeIds, 12_000, 42);
  const sPaths = searchPaths(styleRows, storeIds, 4_000, 7);

  const snap = await snapshotBuild(cleanups);
  const app = start("app-postgres", NEXT_START(APP_PORT), nextEnv(APP_PORT, { DATABASE_URL: dbUrl, SEED_DEMO: "never", PGAPPNAME: "fw_app" }), snap);
  cleanups.push(() => stop(app));
  const bare = start("bare-server", [process.execPath, path.join(HERE, "bare-server.mjs")], { ...process.env, DATABASE_URL: dbUrl, PORT: String(BARE_PORT), PGAPPNAME: "fw_bare" });
  cleanups.push(() => stop(bare));
  const APP = `http://127.0.0.1:${APP_PORT}`;
  const BARE = `http://127.0.0.1:${BARE_PORT}`;
  const appReadyMs = await waitHttp(`${APP}/api/health`, app, 120_000);
  await waitHttp(`${BARE}/health`, bare, 30_000);
  log(`app ready in ${appReadyMs} ms`);

  // Same answer? (store count, sizes, nearest-first order)
  const a = await checkAnswer(APP, paths[0]!, auth);
  const b = await checkAnswer(BARE, paths[0]!, auth);
  const agree = {
    stores: [a.json.stores.length, b.json.stores.length],
    sizes: [a.json.sizes.length, b.json.sizes.length],
    firstTenSameStores: a.json.stores.slice(0, 10).map((s) => s.storeId).join() === b.json.stores.slice(0, 10).map((s) => s.storeId).join(),
    bytes: [a.bytes, b.bytes],
  };
  log(`answers: ${JSON.stringify(agree)}`);

  const roots = { app: app.child.pid!, bare: bare.child.pid! };
  const sampler = new RssSampler(app.child.pid!);
  const phase = async <T,>(label: string, fn: () => Promise<T>) => {
    const la = load1();
    const c0 = await cpuSnapshot(admin, dbName, roots);
    const waits = new WaitSampler(admin, dbName);
    const t0 = performance.now();
    const r = await fn();
    const wallS = (performance.now() - t0) / 1000;
    const pgStates = waits.stop();
    for (const p of [app, bare]) if (p.child.exitCode !== null || p.child.signalCode !== null) throw new Error(`${p.name} died during "${label}" (${p.child.exitCode ?? p.child.signalCode}):\n${tail(p)}`);
    const cpu = cpuDelta(c0, await cpuSnapshot(admin, dbName, roots), wallS);
    log(`${label}: ${JSON.stringify({ ...(r as object), latency: undefined, service: undefined, raw: undefined, p50: (r as { latency: Stats }).latency.p50.toFixed(1), p95: (r as { latency: Stats }).latency.p95.toFixed(1), cpu })}`);
    return { ...(r as object), cpuPctOfCore: cpu, loadavg1: la, pgStates } as T & { cpuPctOfCore: Record<string, number>; loadavg1: number; pgStates: Record<string, [string, number][]> };
  };

  // Warm-up: JIT, pools, caches, pg plan cache, both servers.
  log("warming up");
  for (const base of [APP, BARE]) {
    await closedLoop({ base, paths, connections: 8, durationS: SMOKE ? 2 : 8, headers: auth, startAt: 6_000 });
    await openModel({ base, paths: paths.slice(6_000), rate: STOCK_RATE, durationS: SMOKE ? 1 : 4, headers: auth });
  }
  await closedLoop({ base: APP, paths: sPaths, connections: 4, durationS: SMOKE ? 1 : 4, headers: auth, startAt: 2_000 });

  // In halves, app-bare then bare-app: a slow spell of the machine or of Postgres falls on both servers alike.
  log(`fixed rate ${STOCK_RATE}/s, ${D / 2} s each: app, bare, bare, app`);
  const halves: Record<"app" | "bare", OpenResult[]> = { app: [], bare: [] };
  for (const [k, base] of [["app", APP], ["bare", BARE], ["bare", BARE], ["app", APP]] as const) {
    halves[k].push(await phase(`${k} 250/s`, () => openModel({ base, paths, rate: STOCK_RATE, durationS: D / 2, headers: auth }) as Promise<OpenResult>));
  }
  const appRate = mergeOpen(halves.app) as OpenResult & { cpuPctOfCore: Record<string, number> };
  const bareRate = mergeOpen(halves.bare) as OpenResult & { cpuPctOfCore: Record<string, number> };

  log(`type-ahead search ${SEARCH_RATE}/s for ${D} s`);
  const search = await phase("search 100/s", () => openModel({ base: APP, paths: sPaths, rate: SEARCH_RATE, durationS: D, headers: auth }) as Promise<OpenResult>);

  log(`saturation (closed loop ${SAT_LEVELS.join("/")} connections x ${SAT_S} s): app, then bare`);
  const sat: { app: ClosedResult[]; bare: ClosedResult[] } = { app: [], bare: [] };
  for (const [k, base] of [["app", APP], ["bare", BARE]] as const) {
    for (const c of SAT_LEVELS) sat[k].push(await phase(`${k} ${c} conns`, () => closedLoop({ base, paths, connections: c, durationS: SAT_S, headers: auth, startAt: c * 97 }) as Promise<ClosedResult>));
  }
  // Where the app's time goes: the framework alone (/api/health: no auth, SELECT 1), token auth alone (/api/v1/me).
  const decomp: Record<string, ClosedResult> = {};
  for (const [k, p] of [["health", "/api/health"], ["me", "/api/v1/me"]] as const) {
    decomp[k] = await phase(`app ${p} 32 conns`, () => closedLoop({ base: APP, paths: [p], connections: 32, durationS: SMOKE ? 2 : 5, headers: auth }) as Promise<ClosedResult>);
  }
  const rss = sampler.stop();
  const best = (xs: ClosedResult[]) => xs.filter((x) => x.errors === 0).reduce<ClosedResult | null>((m, x) => (!m || x.rps > m.rps ? x : m), null);
  const appBest = best(sat.app);
  const bareBest = best(sat.bare);
  results.postgres = { appReadyMs, agree, appRate, bareRate, search, saturation: sat, appBest, bareBest, appRss: rss, decomp };

  await stop(app);
  await stop(bare);
}

// ---- part 3 + 4: embedded demo -------------------------------------------------------------------------------
async function demoPart(results: Record<string, unknown>, cleanups: (() => Promise<void>)[]) {
  const dir = mkdtempSync(path.join(tmpdir(), "fw-bench-stock-pglite-"));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const snap = await snapshotBuild(cleanups);
  const demo = start("app-pglite", NEXT_START(DEMO_PORT), nextEnv(DEMO_PORT, { PGLITE_DIR: path.join(dir, "pglite"), SEED_DEMO: "auto" }), snap);
  cleanups.push(() => stop(demo));
  const BASE = `http://127.0.0.1:${DEMO_PORT}`;
  const readyMs = await waitHttp(`${BASE}/api/health`, demo, 300_000);
  log(`demo server seeded and ready in ${(readyMs / 1000).toFixed(1)} s`);
  const token = demoApiToken(DEMO_SEED);
  const auth = { authorization: `Bearer ${token}` };
  const json = async <T,>(p: string): Promise<T> => {
    const r = (await get(undefined, BASE, p, auth, { keepBody: true })) as { status: number; body?: string };
    if (r.status !== 200) throw new Error(`${p}: ${r.status} ${r.body?.slice(0, 200)}`);
    return JSON.parse(r.body!) as T;
  };
  const stores = (await json<{ stores: { id: number }[] }>("/api/v1/stores")).stores.map((s) => s.id);
  const pairsMap = new Map<string, Pair>();
  const hitsByStyle = new Map<number, { styleId: number; name: string }>();
  for (const q of ["boot", "sneaker", "sandal", "heel", "loafer", "bag", "leather", "a", "e", "o", "runner", "classic", "suede", "black"]) {
    const r = await json<{ hits: { styleId: number; name: string; colours: { name: string }[] }[] }>(`/api/v1/catalog/search?q=${q}&store=${stores[0]}&limit=50`);
    for (const h of r.hits) {
      hitsByStyle.set(h.styleId, h);
      for (const c of h.colours) pairsMap.set(`${h.styleId}|${c.name}`, { styleId: h.styleId, colour: c.name });
    }
  }
  const pairs = [...pairsMap.values()];
  const out: Record<string, unknown> = { readyMs, stores: stores.length, pairs: pairs.length };
  results.pglite = out;

  if (!SKIP_PGLITE) {
    const paths = stockPaths(pairs, stores, 6_000, 43);
    const first = await checkAnswer(BASE, paths[0]!, auth);
    out.answer = { stores: first.json.stores.length, sizes: first.json.sizes.length, bytes: first.bytes };
    log("warming up the demo server");
    await closedLoop({ base: BASE, paths, connections: 4, durationS: SMOKE ? 2 : 8, headers: auth, startAt: 3_000 });
    const sampler = new RssSampler(demo.child.pid!);
    const la = load1();
    const c0 = await cpuSnapshot(null, "", { demo: demo.child.pid! });
    const t0 = performance.now();
    log(`demo stock question ${DEMO_RATE}/s for ${D} s`);
    const r = (await openModel({ base: BASE, paths, rate: DEMO_RATE, durationS: D, headers: auth })) as OpenResult;
    const cpu = cpuDelta(c0, await cpuSnapshot(null, "", { demo: demo.child.pid! }), (performance.now() - t0) / 1000);
    out.rate = { ...r, cpuPctOfCore: cpu, loadavg1: la };
    out.rss = sampler.stop();
    log(`demo 100/s: p50 ${r.latency.p50.toFixed(1)} p95 ${r.latency.p95.toFixed(1)} errors ${r.errors}`);
  }

  if (!SKIP_BROWSER) {
    // EANs for the wedge: the story style and a handful of others, two variants each.
    const styleIds = [...hitsByStyle.keys()].slice(0, 6);
    const story = (await json<{ hits: { styleId: number }[] }>(`/api/v1/catalog/search?q=${DEMO_STORY.styleCode}&store=${stores[0]}`)).hits[0]!.styleId;
    const eans: string[] = [];
    for (const id of [story, ...styleIds.filter((x) => x !== story)]) {
      const s = await json<{ colours: { variants: { ean: string }[] }[] }>(`/api/v1/styles/${id}`);
      const vs = s.colours.flatMap((c) => c.variants);
      eans.push(vs[0]!.ean, vs[Math.floor(vs.length / 2)]!.ean);
    }
    results.browser = await browserPart(BASE, eans);
  }
  await stop(demo);
}

async function browserPart(base: string, eans: string[]) {
  const { chromium } = await import("@playwright/test");
  const N = SMOKE ? 3 : 10;
  const WARM = 2;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
  });
  try {
    const context = await browser.newContext({ baseURL: base, viewport: { width: 1180, height: 820 }, serviceWorkers: "allow" });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    log("browser: manager registers the tablet, an associate signs in with the PIN");
    await registerTabletAndSignIn(page, "Bench tablet");
    log("browser: signed in; measuring");

    const grid = page.getByRole("table", { name: /by store and size/ });
    const pick: number[] = [];
    for (let i = 0; i < WARM + N; i++) {
      await page.goto("/");
      await page.locator('html[data-scanner="ready"]').waitFor({ state: "attached" }); // hydrated
      const box = page.getByRole("combobox", { name: "Search products" });
      await box.fill(DEMO_STORY.styleName);
      const first = page.getByRole("option").first();
      await first.filter({ hasText: DEMO_STORY.styleName }).waitFor();
      const t0 = performance.now();
      await first.click();
      await grid.waitFor({ state: "visible" });
      const ms = performance.now() - t0;
      if (i >= WARM) pick.push(ms);
    }
    const scan: number[] = [];
    const scanAfterEnter: number[] = [];
    const typing: number[] = [];
    for (let i = 0; i < WARM + N; i++) {
      const ean = eans[i % eans.length]!;
      await page.goto("/");
      await page.locator('html[data-scanner="ready"]').waitFor({ state: "attached" });
      await page.locator("body").click({ position: { x: 5, y: 400 } });
      const t0 = performance.now();
      await page.keyboard.type(`${ean}\n`, { delay: 2 });
      const t1 = performance.now();
      await page.waitForURL(/\/styles\/\d+/);
      await grid.waitFor({ state: "visible" });
      const t2 = performance.now();
      if (i >= WARM) {
        scan.push(t2 - t0);
        scanAfterEnter.push(t2 - t1);
        typing.push(t1 - t0);
      }
    }
    await context.close();
    return { runs: N, pick: { ...quantiles(pick), samples: pick.map((x) => Math.round(x)) }, scan: { ...quantiles(scan), samples: scan.map((x) => Math.round(x)) }, scanAfterEnter: quantiles(scanAfterEnter), typing: quantiles(typing) };
  } finally {
    await browser.close();
  }
}

// ---- report ------------------------------------------------------------------------------------------------
function table(head: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map(String));
  const w = head.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join("  ");
  return [line(head), w.map((x) => "-".repeat(x)).join("  "), ...cells.map(line)].join("\n");
}
const f1 = (x: number | undefined) => (x === undefined || Number.isNaN(x) ? "-" : x.toFixed(1));
const pass = (ok: boolean | undefined) => (ok === undefined ? "-" : ok ? "PASS" : "FAIL");

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON results
function report(r: Record<string, any>): string {
  const out: string[] = [];
  out.push(`Stock benchmark (node ${process.version}, ${cpus().length} CPUs, load average at start ${r.loadavgStart}${SMOKE ? ", SMOKE: numbers meaningless" : ""})`);
  if (r.chain) {
    const c = r.chain;
    out.push(`Chain on Postgres: ${c.stores} stores, ${c.styles} styles, ${c.variants.toLocaleString("en")} variants, ${c.stockRows.toLocaleString("en")} stock rows (loaded in ${c.loadS} s); ${c.pairs.toLocaleString("en")} style/colours in the mix`);
  }
  const rows: (string | number)[][] = [];
  const pg = r.postgres;
  const openRow = (label: string, x: OpenResult & { cpuPctOfCore?: Record<string, number> }, target: string, ok: boolean | undefined) => [
    label, `${x.rate}/${x.achievedRps.toFixed(0)}`, x.requests, x.errors, f1(x.latency.p50), f1(x.latency.p95), f1(x.latency.p99), f1(x.latency.max), Math.round(x.meanBytes / 1024), target, pass(ok),
  ];
  if (pg) {
    const ratio = pg.appRate.latency.p95 / pg.bareRate.latency.p95;
    rows.push(openRow("1. stock, app (Postgres, 500 stores)", pg.appRate, `p95<=${TARGETS.appP95}`, pg.appRate.latency.p95 <= TARGETS.appP95 && pg.appRate.errors === 0));
    rows.push(openRow("   stock, bare node:http + pg", pg.bareRate, "floor", undefined));
    rows.push(["   app p95 / bare p95", "", "", "", "", ratio.toFixed(2) + "x", "", "", "", `<=${TARGETS.ratioP95}x`, pass(ratio <= TARGETS.ratioP95)]);
    rows.push(openRow("2. type-ahead search, app", pg.search, `p95<=${TARGETS.searchP95}`, pg.search.latency.p95 <= TARGETS.searchP95 && pg.search.errors === 0));
  }
  if (r.pglite?.rate) rows.push(openRow("3. stock, app (PGlite demo, 24 stores)", r.pglite.rate, `p95<=${TARGETS.demoP95}`, r.pglite.rate.latency.p95 <= TARGETS.demoP95 && r.pglite.rate.errors === 0));
  if (rows.length) {
    out.push("\nFixed rate (open model; latency in ms from each request's scheduled start, client on the same 2 cores)");
    out.push(table(["", "req/s set/got", "requests", "errors", "p50", "p95", "p99", "max", "KB/resp", "target", ""], rows));
  }
  if (pg) {
    out.push(`\nSaturation (closed loop, ${r.smoke ? 2 : 10} s per level; req/s, errors, p50/p99 ms)`);
    const srows = SAT_LEVELS.map((c, i) => {
      const a = pg.saturation.app[i] as ClosedResult & { cpuPctOfCore: Record<string, number> };
      const b = pg.saturation.bare[i] as ClosedResult & { cpuPctOfCore: Record<string, number> };
      return [
        `${c} connections`, a.rps.toFixed(0), a.errors, `${f1(a.latency.p50)}/${f1(a.latency.p99)}`, `${a.cpuPctOfCore["app node"]}/${a.cpuPctOfCore["app pg"]}`,
        b.rps.toFixed(0), b.errors, `${f1(b.latency.p50)}/${f1(b.latency.p99)}`, `${b.cpuPctOfCore["bare node"]}/${b.cpuPctOfCore["bare pg"]}`, Math.round(a.clientCpuPct),
      ];
    });
    out.push(table(["", "app req/s", "err", "app p50/p99", "app CPU% node/pg", "bare req/s", "err", "bare p50/p99", "bare CPU% node/pg", "client CPU%"], srows));
    // CPU time per answer does not depend on how much of the machine others take: the fairest comparison here.
    const per = (x: { rps: number; cpuPctOfCore: Record<string, number> }, k: string) => `${f1((10 * x.cpuPctOfCore[`${k} node`]!) / x.rps)} + ${f1((10 * x.cpuPctOfCore[`${k} pg`]!) / x.rps)}`;
    out.push(`CPU ms per answer (node + its Postgres backends), by level: app ${SAT_LEVELS.map((_, i) => per(pg.saturation.app[i], "app")).join(" | ")}; bare ${SAT_LEVELS.map((_, i) => per(pg.saturation.bare[i], "bare")).join(" | ")}`);
    const ab = pg.appBest?.rps ?? 0;
    const bb = pg.bareBest?.rps ?? 0;
    const sum = [
      ["max req/s with no errors, app", ab.toFixed(0), `>=${TARGETS.satRps}`, pass(ab >= TARGETS.satRps)],
      ["max req/s with no errors, bare", bb.toFixed(0), "floor", "-"],
      ["app / bare saturation", bb ? (ab / bb).toFixed(2) + "x" : "-", "", "-"],
      ["load average (1 min) at the saturation runs", `${pg.saturation.app[0].loadavg1} / ${pg.saturation.bare[0].loadavg1}`, "", "-"],
      [`app peak RSS (${pg.appRss.process})`, `${pg.appRss.peakRssMb} MB`, `<${TARGETS.rssMb} MB`, pass(pg.appRss.peakRssMb < TARGETS.rssMb)],
      ["app process tree peak RSS", `${pg.appRss.peakTreeRssMb} MB`, "", "-"],
    ];
    out.push("");
    out.push(table(["", "value", "target", ""], sum));
    const cr = (x: { cpuPctOfCore: Record<string, number> }, k: string) => `node ${x.cpuPctOfCore[`${k} node`]}%, its pg backends ${x.cpuPctOfCore[`${k} pg`]}%`;
    out.push(`\nCPU at 250/s (% of one core): app ${cr(pg.appRate, "app")}; bare ${cr(pg.bareRate, "bare")}. Service time p50/p95 (from send): app ${f1(pg.appRate.service.p50)}/${f1(pg.appRate.service.p95)}, bare ${f1(pg.bareRate.service.p50)}/${f1(pg.bareRate.service.p95)} ms.`);
    type Halves = { parts?: { p95: number }[]; p95BySecond?: number[] };
    const parts = (x: Halves) => (x.parts ?? []).map((h) => f1(h.p95)).join(" / ");
    out.push(`p95 of each half (app-bare-bare-app order): app ${parts(pg.appRate as Halves)}, bare ${parts(pg.bareRate as Halves)} ms. App p95 by second: ${((pg.appRate as Halves).p95BySecond ?? []).join(" ")}`);
    type Dc = ClosedResult & { cpuPctOfCore: Record<string, number> };
    const dc = pg.decomp as { health: Dc; me: Dc };
    const ms = (x: Dc) => `${f1((10 * x.cpuPctOfCore["app node"]!) / x.rps)} + ${f1((10 * x.cpuPctOfCore["app pg"]!) / x.rps)} CPU ms`;
    out.push(`Decomposition, closed loop 32 connections: GET /api/health (framework + SELECT 1) ${dc.health.rps.toFixed(0)} req/s, p50 ${f1(dc.health.latency.p50)} ms, ${ms(dc.health)}; GET /api/v1/me (+ bearer token check, an UPDATE) ${dc.me.rps.toFixed(0)} req/s, p50 ${f1(dc.me.latency.p50)} ms, ${ms(dc.me)} per request.`);
    const st = (x: { pgStates?: Record<string, [string, number][]> }, app: string) => (x.pgStates?.[app] ?? []).map(([k, v]) => `${v}% ${k}`).join("; ");
    out.push(`App's Postgres backends at 250/s (share of samples): ${st(pg.appRate, "fw_app")}`);
    out.push(`App's Postgres backends at 32 connections: ${st(pg.saturation.app[2], "fw_app")}`);
    out.push(`Bare's Postgres backends at 32 connections: ${st(pg.saturation.bare[2], "fw_bare")}`);
    out.push(`Answers compared on one question: stores ${pg.agree.stores.join(" vs ")}, sizes ${pg.agree.sizes.join(" vs ")}, same ten nearest: ${pg.agree.firstTenSameStores}, bytes ${pg.agree.bytes.join(" vs ")} (app adds open/closes/next-open/promise date per store and not-carried cells).`);
  }
  if (r.browser) {
    const b = r.browser;
    out.push(`\nBrowser (Chromium, production build, PGlite demo, 1180x820; ${b.runs} runs each after 2 warm-ups; ms)`);
    out.push(table(["", "median", "p95", "max", "target", ""], [
      ["(a) pick type-ahead result -> stores grid drawn", f1(b.pick.p50), f1(b.pick.p95), f1(b.pick.max), `<${TARGETS.browserMs}`, pass(b.pick.p95 < TARGETS.browserMs)],
      ["(b) wedge scan (start typing) -> grid drawn", f1(b.scan.p50), f1(b.scan.p95), f1(b.scan.max), `<${TARGETS.browserMs}`, pass(b.scan.p95 < TARGETS.browserMs)],
      ["    of which typing 13 digits + Enter", f1(b.typing.p50), f1(b.typing.p95), f1(b.typing.max), "", ""],
      ["    Enter -> grid drawn", f1(b.scanAfterEnter.p50), f1(b.scanAfterEnter.p95), f1(b.scanAfterEnter.max), "", ""],
    ]));
  }
  if (r.pglite) out.push(`\nDemo server (PGlite, SEED_DEMO=auto) first start incl. seeding: ${(r.pglite.readyMs / 1000).toFixed(1)} s${r.pglite.rss ? `; peak RSS ${r.pglite.rss.peakRssMb} MB` : ""}.`);
  if (r.note) out.push(`\nNote: ${r.note}`);
  if (r.error) out.push(`\nFAILED: ${r.error}`);
  return out.join("\n");
}

// ---- main --------------------------------------------------------------------------------------------------
/** A `next build` running on this machine (someone else's test run), if any. */
function buildRunning(): boolean {
  for (const d of readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const c = readFileSync(`/proc/${d}/cmdline`, "utf8").replace(/\0/g, " ");
      if (/next(\/dist\/bin\/next)? build/.test(c)) return true;
    } catch {
      /* gone */
    }
  }
  return false;
}

/** The production build must exist and not be mid-rebuild: wait for another build to finish, else build. */
async function ensureBuild() {
  const id = path.join(ROOT, ".next/BUILD_ID");
  const t0 = Date.now();
  while (buildRunning() && Date.now() - t0 < 600_000) {
    log("a `next build` is running on this machine: waiting for it to finish");
    await sleep(10_000);
  }
  if (!existsSync(id)) {
    log("no production build: running npm run build");
    await new Promise<void>((resolve, reject) => {
      const b = spawn("npm", ["run", "build"], { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
      b.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run build failed (${code})`))));
    });
  }
}

/**
 * The servers run from a private copy of .next (symlinks for the rest), so a `npm run build` of someone
 * else's test run cannot swap the build under a running benchmark server.
 */
let SNAP: { dir: string; buildId: string } | null = null;
async function snapshotBuild(cleanups: (() => Promise<void>)[]): Promise<string> {
  if (SNAP) return SNAP.dir;
  for (let attempt = 0; attempt < 5; attempt++) {
    await ensureBuild();
    const before = readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim();
    const dir = mkdtempSync(path.join(tmpdir(), "fw-bench-stock-app-"));
    try {
      cpSync(path.join(ROOT, ".next"), path.join(dir, ".next"), { recursive: true, filter: (src) => !src.includes(`${path.sep}.next${path.sep}cache`) });
    } catch (e) {
      rmSync(dir, { recursive: true, force: true });
      log(`copying .next failed (${String(e)}); retrying`);
      await sleep(5_000);
      continue;
    }
    const after = existsSync(path.join(ROOT, ".next/BUILD_ID")) ? readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim() : "";
    if (after !== before || buildRunning() || readFileSync(path.join(dir, ".next/BUILD_ID"), "utf8").trim() !== before) {
      rmSync(dir, { recursive: true, force: true });
      log("the build changed while copying it; retrying");
      continue;
    }
    for (const f of ["node_modules", "public", "drizzle", "messages", "package.json", "next.config.js"]) symlinkSync(path.join(ROOT, f), path.join(dir, f));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    SNAP = { dir, buildId: before };
    log(`servers run from a copy of build ${before} in ${dir}`);
    return dir;
  }
  throw new Error("could not get a stable copy of the production build");
}

async function main() {
  if (REPORT_ONLY) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON results
    console.log(report(JSON.parse(readFileSync(path.join(HERE, "last-run.json"), "utf8")) as Record<string, any>));
    return;
  }
  await ensureBuild();
  const results: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, loadavgStart: load1(), smoke: SMOKE, args: [...args], buildId: readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim(), targets: TARGETS };
  results.buildId = SNAP ? SNAP.buildId : results.buildId;
  const cleanups: (() => Promise<void>)[] = [];
  const onSignal = () => {
    log("interrupted: cleaning up");
    void runCleanups().finally(() => process.exit(130));
  };
  let cleaned = false;
  const runCleanups = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const p of [...procs]) await stop(p).catch(() => undefined);
    for (const c of cleanups.reverse()) await c().catch((e: unknown) => log(`cleanup failed: ${String(e)}`));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  const t0 = performance.now();
  let failed = false;
  try {
    if (!SKIP_CHAIN) await chainPart(results, cleanups);
    if (!(SKIP_PGLITE && SKIP_BROWSER)) await demoPart(results, cleanups);
  } catch (e) {
    failed = true;
    results.error = e instanceof Error ? `${e.message}` : String(e);
    log(`FAILED: ${e instanceof Error ? e.stack : String(e)}`);
  } finally {
    await runCleanups();
  }
  results.totalS = Math.round((performance.now() - t0) / 1000);
  if (SNAP) results.buildId = SNAP.buildId;
  const idNow = existsSync(path.join(ROOT, ".next/BUILD_ID")) ? readFileSync(path.join(ROOT, ".next/BUILD_ID"), "utf8").trim() : "(missing)";
  if (idNow !== results.buildId) results.note = `.next was rebuilt by someone else during the run (${String(results.buildId)} -> ${idNow}); the servers ran the private copy of ${String(results.buildId)}`;
  results.logs = LOG_DIR;
  writeFileSync(path.join(HERE, "last-run.json"), JSON.stringify(results, (k, v: unknown) => (k === "raw" ? undefined : v), 2) + "\n");
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- loosely typed JSON results
  console.log(`\n${report(results as Record<string, any>)}\n\nTotal ${results.totalS} s. Full results: bench/stock/last-run.json (server logs in ${LOG_DIR}).`);
  process.exit(failed ? 1 : 0);
}

void main();
