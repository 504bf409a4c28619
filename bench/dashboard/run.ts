/**
 * Issue 9's measured targets on Postgres (README, Performance > Dashboards):
 *   npm run bench:dashboard                  everything; the first run generates the chain and a year of events
 *   npm run bench:dashboard -- --skip-http   only the domain-level parts (no build, no server)
 *   npm run bench:dashboard -- --smoke       12 stores, 200,000 events, short runs: checks the harness
 *   npm run bench:dashboard -- --no-build    serve the existing production build (harness checks only)
 *   npm run bench:dashboard -- --drop        drop the bench database at the end (otherwise kept for re-runs)
 * Postgres: $BENCH_PG_URL or postgres://postgres@127.0.0.1:5432/postgres; the database fw_bench_dash is created
 * there on the first run and reused after (generation is skipped when the events are there).
 * Results: the printed table and bench/dashboard/last-run.json.
 */
import { writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { refreshRollups } from "@/lib/domain/dashboards/refresh-rollups";
import { dbUrl, diskFreeGb, dropBenchDb, openBenchDb } from "./database";
import { ensureEvents } from "./generate-events";
import { batchBody, ingestLoad, startServer, stopServer, timeGets, waitReady } from "./http";
import { rollupPhase } from "./rollups";
import { CHAIN_TOKEN, DASH_CHAIN, SMOKE_CHAIN, ensureChain, storeToken } from "./seed-chain";
import { report, type Results } from "./report";
import { asks, loadPeople, timeViews, VIEWS } from "./views";
import { load1, log } from "./util";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));
const SMOKE = args.has("--smoke");
const DB_NAME = SMOKE ? "fw_bench_dash_smoke" : "fw_bench_dash";
const TARGET_EVENTS = SMOKE ? 200_000 : 50_000_000;
const RUNS = SMOKE ? { store: 4, region: 2, chain: 2 } : { store: 30, region: 16, chain: 12 };
const INGEST = { batches: SMOKE ? 40 : 1_200, size: 500, concurrency: 8 };

const results: Results = { startedAt: new Date().toISOString(), node: process.version, cpus: cpus().length, smoke: SMOKE, load1: { start: load1() } } as unknown as Results;
const h = await openBenchDb(DB_NAME, 4);
results.diskBefore = diskFreeGb();
try {
  results.chain = await ensureChain(h.db, SMOKE ? SMOKE_CHAIN : DASH_CHAIN);
  results.events = await ensureEvents(h.db, TARGET_EVENTS);
  log(`events: ${JSON.stringify(results.events)}`);
  results.rollups = await rollupPhase(h.db);
  results.load1.rollups = load1();

  const people = await loadPeople(h.db);
  const list = asks(people, RUNS);
  log(`timing ${Object.keys(VIEWS).length} views x ${list.length} asks on the domain functions ...`);
  results.direct = await timeViews(h.db, list);
  results.load1.direct = load1();

  if (!args.has("--skip-http")) {
    const server = startServer(dbUrl(DB_NAME), path.join(tmpdir(), `fw-bench-dash-server-${Date.now()}.log`), !args.has("--no-build"));
    try {
      await waitReady(server, 40 * 60_000);
      log("server ready: dashboards over HTTP ...");
      const http: Results["http"] = {};
      const pathFor = (view: string, q: Record<string, unknown>) =>
        `/api/v1/dashboards/${view}?${new URLSearchParams(Object.entries(q).filter(([, v]) => v != null).map(([k, v]) => [k, String(v)])).toString()}`;
      // The chain token asks as head office; a manager's view is the same query with their store.
      const pathOf = (view: string, a: (typeof list)[number]) => pathFor(view, { ...a.query, store: a.actor.role === "manager" ? a.actor.storeId : undefined });
      for (const view of Object.keys(VIEWS)) await timeGets(list.slice(0, 3).map((a) => pathOf(view, a)), CHAIN_TOKEN); // warm-up
      for (const scenario of [...new Set(list.map((a) => a.scenario))]) {
        const mine = list.filter((a) => a.scenario === scenario);
        for (const view of Object.keys(VIEWS)) (http[scenario] ??= {})[view] = await timeGets(mine.map((a) => pathOf(view, a)), CHAIN_TOKEN);
      }
      results.http = http;
      results.load1.http = load1();

      log(`ingest: ${INGEST.batches} batches of ${INGEST.size} events, ${INGEST.concurrency} callers ...`);
      const run = `b${Date.now().toString(36)}`;
      const bodies = Array.from({ length: INGEST.batches }, (_, b) => batchBody(run, b, INGEST.size));
      const tokens = people.stores.slice(0, 50).map((s) => storeToken(s.id));
      await ingestLoad(bodies.slice(0, 10).map((_, b) => batchBody(`${run}w`, b, INGEST.size)), tokens, 2, INGEST.size); // warm-up
      results.ingest = await ingestLoad(bodies, tokens, INGEST.concurrency, INGEST.size);
      results.load1.ingest = load1();
      log(`  ${results.ingest.eventsPerS.toLocaleString("en")} events/s`);
      const replay = await ingestLoad(bodies.slice(0, 20), tokens, INGEST.concurrency, INGEST.size);
      results.ingestReplayAccepted = replay.accepted;
    } finally {
      await stopServer(server);
    }
    // The 5-minute job's work after that burst: roll up what was just ingested (today and the late days).
    const t = performance.now();
    const r = await refreshRollups(h.db);
    results.afterIngestRefresh = { s: Math.round((performance.now() - t) / 100) / 10, days: r.days.length };
  }
  results.diskAfter = diskFreeGb();
  results.load1.end = load1();
  writeFileSync(SMOKE ? path.join(tmpdir(), "fw-bench-dash-smoke.json") : path.join(HERE, "last-run.json"), JSON.stringify(results, null, 2) + "\n");
  console.log(`\n${report(results)}`);
} finally {
  await h.close();
  if (args.has("--drop")) await dropBenchDb(DB_NAME);
}
