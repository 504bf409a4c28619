import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/lib/db/client";
import { NO_ID } from "@/lib/db/schema";
import { storeFilter, type DashboardScope } from "./dashboard-scope";
import { IDLE_GAP_MS, MAX_OFFLINE_MS, STRETCH_TAIL_MS } from "./time-rules";
import { localDayOf, rawSince, rolledUpTo } from "./usage-facts";

const dayList = (days: string[]) => sql`string_to_array(${days.join(",")}, ',')::date[]`;

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

const userFilter = (s: DashboardScope) => (s.userId ? sql`user_id = ${s.userId}::uuid` : sql`true`);

/**
 * The scope's time rows: the roll-up plus the events received since its watermark. Events since then are measured
 * among themselves (a few minutes' worth), the same way a pruned day's late arrivals are.
 */
function scopedTime(s: DashboardScope, wm: string): SQL {
  return sql`
    SELECT day, user_id, device_id, in_use_ms, offline_ms FROM usage_daily_time
    WHERE day BETWEEN ${s.from}::date AND ${s.to}::date AND ${storeFilter(s)} AND ${userFilter(s)}
    UNION ALL
    SELECT day, user_id, device_id, in_use_ms, offline_ms FROM (${timeRows(sql`${rawSince(wm, s)}`)}) r`;
}

export type TimeByDay = { day: string; inUseMs: number; offlineMs: number };

/** Minutes in use and offline per local day of the scope. */
export async function timeByDay(db: Db, s: DashboardScope): Promise<TimeByDay[]> {
  const wm = await rolledUpTo(db);
  const rows = rowsOf<{ day: string; in_use: string | number; offline: string | number }>(
    await db.execute(sql`SELECT day::text, sum(in_use_ms) AS in_use, sum(offline_ms) AS offline FROM (${scopedTime(s, wm)}) t GROUP BY day ORDER BY day`),
  );
  return rows.map((r) => ({ day: r.day, inUseMs: Number(r.in_use), offlineMs: Number(r.offline) }));
}

/** Time per person (in use) or per tablet (offline) over the scope's period. */
export async function timeBy(db: Db, s: DashboardScope, key: "user_id" | "device_id"): Promise<Map<string, { inUseMs: number; offlineMs: number }>> {
  const wm = await rolledUpTo(db);
  const k = sql.identifier(key);
  const rows = rowsOf<{ key: string; in_use: string | number; offline: string | number }>(
    await db.execute(sql`
      SELECT ${k}::text AS key, sum(in_use_ms) AS in_use, sum(offline_ms) AS offline FROM (${scopedTime(s, wm)}) t
      WHERE ${k} <> ${NO_ID}::uuid GROUP BY 1`),
  );
  return new Map(rows.map((r) => [r.key, { inUseMs: Number(r.in_use), offlineMs: Number(r.offline) }]));
}
