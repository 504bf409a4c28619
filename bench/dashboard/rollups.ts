import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { recountDays, refreshRollups } from "@/lib/domain/dashboards/refresh-rollups";
import { getMeta, setMeta } from "./seed-chain";
import { addDays, localDay, log } from "./util";

export type RollupResult = {
  catchUpS: number | null;
  catchUpDays: number;
  catchUpRan: boolean;
  oneDay: string;
  oneDayEvents: number;
  oneDayS: number;
  oneDayRebuilt: number;
  incremental: { s: number; days: number };
  idempotent: boolean;
  window: string;
  rollupMb: number;
};

/** Events per type in usage_daily and counted straight from the raw events (received up to the watermark) over a window. */
async function windowTotals(db: Db, from: string, to: string) {
  const rolled = rowsOf<{ type: string; n: string }>(
    await db.execute(sql`SELECT type, sum(events)::text AS n FROM usage_daily WHERE day BETWEEN ${from}::date AND ${to}::date GROUP BY 1 ORDER BY 1`),
  );
  const stores = rowsOf<{ n: string }>(
    await db.execute(sql`SELECT sum((SELECT sum(c) FROM unnest(counts) c))::text AS n FROM usage_daily_store WHERE day BETWEEN ${from}::date AND ${to}::date`),
  );
  const raw = rowsOf<{ type: string; n: string }>(
    await db.execute(sql`
      SELECT type, count(*)::text AS n FROM usage_events
      WHERE occurred_at >= ${from}::date::timestamp AT TIME ZONE 'Europe/Madrid' AND occurred_at < (${to}::date + 1)::timestamp AT TIME ZONE 'Europe/Madrid'
        AND received_at <= (SELECT watermark FROM usage_rollup_state WHERE name = 'usage_daily')
      GROUP BY 1 ORDER BY 1`),
  );
  return { rolled: JSON.stringify(rolled), raw: JSON.stringify(raw), storeTotal: stores[0]?.n ?? "0", total: rolled.reduce((a, r) => a + Number(r.n), 0) };
}

/**
 * Catch-up over the whole year (first run only; later runs reuse it and report the recorded time), then one day
 * rebuilt on its own (what the 5-minute job does for today, or for a day a late event lands in), then re-runs
 * over a week checked against a direct count.
 */
export async function rollupPhase(db: Db): Promise<RollupResult> {
  const today = localDay(new Date());
  let catchUp = await getMeta<{ s: number; days: number }>(db, "catch_up");
  let catchUpRan = false;
  if (!catchUp) {
    log("roll-up catch-up over the whole history (first run only) ...");
    const t = performance.now();
    const r = await refreshRollups(db);
    catchUp = { s: Math.round((performance.now() - t) / 100) / 10, days: r.days.length };
    await setMeta(db, "catch_up", catchUp);
    catchUpRan = true;
    log(`  catch-up: ${r.days.length} days in ${catchUp.s} s`);
  }
  // Up to date before timing one day on its own: what the 5-minute job does (today, and days late events touched).
  let t = performance.now();
  const upToDate = await refreshRollups(db);
  const incremental = { s: Math.round((performance.now() - t) / 100) / 10, days: upToDate.days.length };

  // A busy day: the Saturday before last.
  let oneDay = addDays(today, -7);
  while (new Date(`${oneDay}T12:00:00Z`).getUTCDay() !== 6) oneDay = addDays(oneDay, -1);
  const [ev] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM usage_events WHERE occurred_at >= ${oneDay}::date::timestamp AT TIME ZONE 'Europe/Madrid' AND occurred_at < (${oneDay}::date + 1)::timestamp AT TIME ZONE 'Europe/Madrid'`),
  );
  t = performance.now();
  const one = await recountDays(db, [oneDay]);
  const oneDayS = Math.round((performance.now() - t) / 100) / 10;
  log(`  one day (${oneDay}, ${ev!.n.toLocaleString("en")} events): ${oneDayS} s; incremental refresh before it: ${incremental.s} s for ${incremental.days} day(s)`);

  // Idempotence: a week rebuilt twice more leaves every figure as it was, equal to a direct count.
  const [from, to] = [addDays(today, -10), addDays(today, -4)];
  const before = await windowTotals(db, from, to);
  await refreshRollups(db, { from: new Date(`${from}T12:00:00Z`), to: new Date(`${to}T12:00:00Z`) });
  await refreshRollups(db, { from: new Date(`${from}T12:00:00Z`), to: new Date(`${to}T12:00:00Z`) });
  const after = await windowTotals(db, from, to);
  const idempotent = before.rolled === after.rolled && before.rolled === after.raw && before.storeTotal === String(before.total) && after.storeTotal === before.storeTotal;
  log(`  re-runs over ${from}..${to}: ${idempotent ? "unchanged, equal to a direct count" : "MISMATCH"} (${before.total.toLocaleString("en")} events)`);
  // Then what autovacuum does between refreshes (visibility map for index-only scans, statistics): the rebuilds above
  // rewrote two weeks of rows, where the 5-minute job only ever rewrites today and the odd late day.
  await db.execute(sql`VACUUM (ANALYZE) usage_daily, usage_daily_store, usage_daily_people, usage_daily_devices, usage_daily_facets, usage_daily_chain_facets, usage_daily_time, stores, lost_sales`);
  const [sz] = rowsOf<{ mb: number }>(
    await db.execute(sql`SELECT (sum(pg_total_relation_size(c.oid)) / 1048576)::int AS mb FROM pg_class c WHERE c.relname LIKE 'usage_daily%' AND c.relkind = 'r'`),
  );
  return {
    catchUpS: catchUp.s, catchUpDays: catchUp.days, catchUpRan, oneDay, oneDayEvents: ev!.n, oneDayS, oneDayRebuilt: one.length, incremental,
    idempotent, window: `${from}..${to}`, rollupMb: sz!.mb,
  };
}
