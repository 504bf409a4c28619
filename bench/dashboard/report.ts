import type { ChainInfo } from "./seed-chain";
import type { GenerationResult } from "./generate-events";
import type { IngestResult } from "./http";
import type { RollupResult } from "./rollups";
import type { ViewTimings } from "./views";
import { table, type Stats } from "./util";

export const TARGETS = { viewP95Ms: 300, oneDayS: 60, eventsPerS: 20_000 };

export type Results = {
  startedAt: string;
  node: string;
  cpus: number;
  smoke: boolean;
  load1: Record<string, number>;
  diskBefore: { freeGb: number; sizeGb: number };
  diskAfter?: { freeGb: number; sizeGb: number };
  chain: ChainInfo;
  events: GenerationResult;
  rollups: RollupResult;
  direct: ViewTimings;
  http?: Record<string, Record<string, { stats: Stats; errors: number }>>;
  ingest?: IngestResult;
  ingestReplayAccepted?: number;
  afterIngestRefresh?: { s: number; days: number };
};

const ms = (x: number) => (x < 10 ? x.toFixed(1) : Math.round(x).toString());
const pass = (ok: boolean) => (ok ? "met" : "MISSED");

export function report(r: Results): string {
  const out: string[] = [];
  const e = r.events;
  out.push(`Chain: ${r.chain.stores} stores, ${r.chain.users.toLocaleString("en")} staff, ${r.chain.devices.toLocaleString("en")} tablets (loaded in ${r.chain.loadS} s on the first run).`);
  out.push(`Usage events: ${e.events.toLocaleString("en")} over ${e.days}; ${e.generatedS != null ? `generated in ${e.generatedS} s this run` : `reused (the first run generated them in ${e.firstGenerationS ?? "?"} s)`}.`);
  out.push(`Sizes: usage_events ${e.tableMb.toLocaleString("en")} MB + indexes ${e.indexMb.toLocaleString("en")} MB; roll-ups ${r.rollups.rollupMb.toLocaleString("en")} MB; database ${e.databaseMb.toLocaleString("en")} MB. Disk free ${r.diskBefore.freeGb} GB before, ${r.diskAfter?.freeGb ?? "?"} GB after.`);
  out.push("");
  const ro = r.rollups;
  out.push(table(["roll-ups", "figure", "target"], [
    ["catch-up, whole history", `${ro.catchUpS} s for ${ro.catchUpDays} days${ro.catchUpRan ? "" : " (recorded on the first run)"}`, ""],
    [`one day (${ro.oneDay}, ${ro.oneDayEvents.toLocaleString("en")} events)`, `${ro.oneDayS} s`, `< ${TARGETS.oneDayS} s: ${pass(ro.oneDayS < TARGETS.oneDayS)}`],
    ["incremental refresh (the 5-minute job) before it", `${ro.incremental.s} s (${ro.incremental.days} day(s) touched)`, ""],
    [`re-runs over ${ro.window}`, ro.idempotent ? "figures unchanged, equal to a direct count" : "MISMATCH", ""],
    ...(r.afterIngestRefresh ? [["after the ingest burst", `${r.afterIngestRefresh.s} s (${r.afterIngestRefresh.days} days)`, ""]] : []),
  ]));
  out.push("");
  const views = Object.keys(Object.values(r.direct)[0] ?? {});
  const rows: (string | number)[][] = [];
  let worst = 0;
  for (const [scenario, byView] of Object.entries(r.direct)) {
    for (const v of views) {
      const d = byView[v as keyof typeof byView];
      const hh = r.http?.[scenario]?.[v];
      worst = Math.max(worst, d.p95, hh?.stats.p95 ?? 0);
      rows.push([`${scenario}: ${v}`, d.n, `${ms(d.p50)} / ${ms(d.p95)}`, hh ? `${ms(hh.stats.p50)} / ${ms(hh.stats.p95)}${hh.errors ? ` (${hh.errors} errors)` : ""}` : "-"]);
    }
  }
  out.push(table(["dashboard view (ms)", "runs", "domain p50 / p95", "HTTP p50 / p95"], rows));
  out.push(`Worst p95: ${ms(worst)} ms (target <= ${TARGETS.viewP95Ms} ms: ${pass(worst <= TARGETS.viewP95Ms)}).`);
  if (r.ingest) {
    const i = r.ingest;
    out.push("");
    out.push(`Ingest: ${i.batches} batches x 500 events, ${i.concurrency} callers: ${i.accepted.toLocaleString("en")} accepted in ${i.seconds} s = ${i.eventsPerS.toLocaleString("en")} events/s`
      + ` (target >= ${TARGETS.eventsPerS.toLocaleString("en")}: ${pass(i.eventsPerS >= TARGETS.eventsPerS)}); batch p50 ${ms(i.latency.p50)} ms, p95 ${ms(i.latency.p95)} ms; ${i.errors} errors;`
      + ` replaying 20 batches accepted ${r.ingestReplayAccepted ?? "?"}.`);
  }
  out.push(`Load average (1 min): ${Object.entries(r.load1).map(([k, v]) => `${k} ${v}`).join(", ")} on ${r.cpus} cores.`);
  return out.join("\n");
}
