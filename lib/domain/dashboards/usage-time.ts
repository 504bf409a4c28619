import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/lib/db/client";
import { NO_ID } from "@/lib/db/schema";
import { storeFilter, type DashboardScope } from "./dashboard-scope";
import { IDLE_GAP_MS, MAX_OFFLINE_MS, STRETCH_TAIL_MS } from "./time-rules";
import { dayList, inPeriod, localDayOf, rawSince, rolledUpTo, userFilter } from "./usage-facts";

/**
 * (day, store, person, tablet, in-use ms, offline ms) from the raw events matching `where`: the SQL twin of
 * inUseMs (see time-rules) per person and tablet, and the offline periods' lengths.
 */
export function timeRows(where: SQL): SQL {
  return sql`
    SELECT day, store_id, user_id, device_id,
      coalesce(sum(CASE WHEN gap IS NOT NULL AND gap <= ${IDLE_GAP_MS} THEN gap ELSE ${STRETCH_TAIL_MS} END) FILTER (WHERE NOT offline), 0)::bigint AS in_use_ms,
      coalesce(sum(least(ms, ${MAX_OFFLINE_MS})) FILTER (WHERE offline), 0)::bigint AS offline_ms
    FROM (
      SELECT day, store_id, user_id, device_id, offline,
        CASE WHEN offline AND payload->>'ms' ~ '^[0-9]{1,12}$' THEN (payload->>'ms')::bigint ELSE 0 END AS ms,
        (extract(epoch FROM occurred_at - lag(occurred_at) OVER (PARTITION BY day, store_id, user_id, device_id, offline ORDER BY occurred_at)) * 1000)::bigint AS gap
      FROM (
        SELECT ${localDayOf} AS day, coalesce(store_id, 0) AS store_id, coalesce(user_id, ${NO_ID}::uuid) AS user_id,
               coalesce(device_id, ${NO_ID}::uuid) AS device_id, type = 'offline_period' AS offline, occurred_at, payload
        FROM usage_events WHERE ${where}) e
    ) g
    GROUP BY 1, 2, 3, 4`;
}

/** Recounts the days' time roll-up from the raw events in `within` (the days' events up to the watermark). */
export async function rebuildTime(tx: Tx, days: string[], within: SQL) {
  await tx.execute(sql`DELETE FROM usage_daily_time WHERE day = ANY(${dayList(days)})`);
  await tx.execute(sql`
    INSERT INTO usage_daily_time (day, store_id, user_id, device_id, in_use_ms, offline_ms)
    SELECT * FROM (${timeRows(within)}) t`);
}

/**
 * Days whose raw events are pruned: late arrivals are added on. Their gaps are measured among themselves only (the
 * day's earlier events are gone), so a late stretch counts as its own.
 */
export async function addTime(tx: Tx, arrived: SQL) {
  await tx.execute(sql`
    INSERT INTO usage_daily_time (day, store_id, user_id, device_id, in_use_ms, offline_ms)
    SELECT * FROM (${timeRows(arrived)}) t
    ON CONFLICT (day, store_id, user_id, device_id) DO UPDATE
      SET in_use_ms = usage_daily_time.in_use_ms + excluded.in_use_ms, offline_ms = usage_daily_time.offline_ms + excluded.offline_ms`);
}

const period = (s: DashboardScope) => sql`${inPeriod(s)} AND ${storeFilter(s)}`;

/**
 * Each reader adds the events received since the roll-up's watermark, measured among themselves (a few minutes'
 * worth), the same way a pruned day's late arrivals are. An associate's own figures read their rows of
 * usage_daily_time; a store, region or the chain read the sums carried by the coarser roll-ups.
 */
export const rawTimeRows = (s: DashboardScope, wm: string) => sql`SELECT * FROM (${timeRows(rawSince(wm, s))}) r`;

export type TimeByDay = { day: string; inUseMs: number; offlineMs: number };

/** Minutes in use and offline per local day of the scope. */
export async function timeByDay(db: Db, s: DashboardScope): Promise<TimeByDay[]> {
  const wm = await rolledUpTo(db);
  const rolled = s.userId
    ? sql`SELECT day, in_use_ms, offline_ms FROM usage_daily_time WHERE ${period(s)} AND ${userFilter(s)}`
    : sql`SELECT day, in_use_ms, offline_ms FROM usage_daily_store WHERE ${period(s)}`;
  const rows = rowsOf<{ day: string; in_use: string | number; offline: string | number }>(
    await db.execute(sql`
      SELECT day::text, sum(in_use_ms) AS in_use, sum(offline_ms) AS offline FROM (
        ${rolled} UNION ALL SELECT day, in_use_ms, offline_ms FROM (${rawTimeRows(s, wm)}) r
      ) t GROUP BY day ORDER BY day`),
  );
  return rows.map((r) => ({ day: r.day, inUseMs: Number(r.in_use), offlineMs: Number(r.offline) }));
}

/** Offline time per tablet over the scope's period, tablets that had some only (a partial index holds just those rows). */
export async function offlineByTablet(db: Db, s: DashboardScope): Promise<Map<string, number>> {
  const wm = await rolledUpTo(db);
  const rows = rowsOf<{ key: string; ms: string | number }>(
    await db.execute(sql`
      SELECT device_id::text AS key, sum(offline_ms) AS ms FROM (
        SELECT device_id, offline_ms FROM usage_daily_time WHERE ${period(s)} AND ${userFilter(s)} AND offline_ms > 0
        UNION ALL SELECT device_id, offline_ms FROM (${rawTimeRows(s, wm)}) r WHERE offline_ms > 0
      ) t WHERE device_id <> ${NO_ID}::uuid GROUP BY 1`),
  );
  return new Map(rows.map((r) => [r.key, Number(r.ms)]));
}
