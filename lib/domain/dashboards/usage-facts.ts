import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { USAGE_EVENT_TYPES } from "@/lib/domain/usage/event-types";
import { storeFilter, type DashboardScope } from "./dashboard-scope";
import { DASHBOARD_TIME_ZONE as TZ, type Counts } from "./rules";

/*
 * Every figure = roll-ups (all events received up to the watermark, by the local day they happened)
 * + raw events received after it (a few minutes' worth between refreshes, late offline events included).
 */

const tz = sql.raw(`'${TZ}'`);
/** A list of local days as one date[] parameter. */
export const dayList = (days: string[]) => sql`string_to_array(${days.join(",")}, ',')::date[]`;
export const localDayOf = sql.raw(`(occurred_at AT TIME ZONE '${TZ}')::date`);

/** Where the roll-ups stop; passed to Postgres as a value so it plans the raw part as the small range it is. */
export async function rolledUpTo(db: Db): Promise<string> {
  const [r] = rowsOf<{ w: string }>(await db.execute(sql`SELECT watermark::text AS w FROM usage_rollup_state WHERE name = 'usage_daily'`));
  return r?.w ?? "-infinity";
}

const typeFilter = (types?: readonly string[]) => (types ? sql`type = ANY(string_to_array(${types.join(",")}, ','))` : sql`true`);
/** Only the associate's own events, when the scope is theirs. */
export const userFilter = (s: DashboardScope) => (s.userId ? sql`user_id = ${s.userId}::uuid` : sql`true`);

/** Raw events of the scope and period. */
export function rawWhere(s: DashboardScope, types?: readonly string[]): SQL {
  return sql`occurred_at >= ${s.from}::date::timestamp AT TIME ZONE ${tz}
    AND occurred_at < (${s.to}::date + 1)::timestamp AT TIME ZONE ${tz}
    AND ${storeFilter(s)} AND ${userFilter(s)} AND ${typeFilter(types)}`;
}

/** Raw events of the scope and period not yet in the roll-ups. */
export const rawSince = (wm: string, s: DashboardScope, types?: readonly string[]) => sql`received_at > ${wm}::timestamptz AND ${rawWhere(s, types)}`;

export const inPeriod = (s: DashboardScope) => sql`day BETWEEN ${s.from}::date AND ${s.to}::date`;

/** Positions in the counts arrays (1-based, USAGE_EVENT_TYPES order). */
export const typeIndex = (type: string) => USAGE_EVENT_TYPES.indexOf(type as (typeof USAGE_EVENT_TYPES)[number]) + 1;
export const known = (types?: readonly string[]) => (types ?? USAGE_EVENT_TYPES).filter((t) => typeIndex(t) > 0);

/** `unnest(types), unnest(ARRAY[sum(counts[i])...])`: summed counts arrays as (type, n) rows. */
function unpivotSums(types?: readonly string[]): SQL {
  const ts = known(types);
  return sql`unnest(string_to_array(${ts.join(",")}, ',')) AS type,
    unnest(ARRAY[${sql.raw(ts.map((t) => `coalesce(sum(counts[${typeIndex(t)}]), 0)`).join(", "))}]::bigint[]) AS n`;
}

/** The counts-array expression built from usage_daily rows (type, events) when rolling up. */
export const countsArrayOf = sql.raw(`ARRAY[${USAGE_EVENT_TYPES.map((t) => `coalesce(sum(events) FILTER (WHERE type = '${t}'), 0)`).join(", ")}]::int[]`);

function toCounts(rows: { type: string; n: number | string }[]): Counts {
  const out: Counts = {};
  for (const r of rows) if (Number(r.n) !== 0) out[r.type] = (out[r.type] ?? 0) + Number(r.n);
  return out;
}

/** Event counts by type over the scope and period. */
export async function countsByType(db: Db, s: DashboardScope, types?: readonly string[]): Promise<Counts> {
  const wm = await rolledUpTo(db);
  const rolled = s.userId
    ? sql`SELECT type, sum(events)::bigint AS n FROM usage_daily WHERE ${inPeriod(s)} AND ${storeFilter(s)} AND ${userFilter(s)} AND ${typeFilter(types)} GROUP BY type`
    : sql`SELECT ${unpivotSums(types)} FROM usage_daily_store WHERE ${inPeriod(s)} AND ${storeFilter(s)}`;
  const rows = rowsOf<{ type: string; n: number }>(
    await db.execute(sql`${rolled} UNION ALL SELECT type, count(*) FROM usage_events WHERE ${rawSince(wm, s, types)} GROUP BY type`),
  );
  return toCounts(rows);
}

/** `ARRAY[sum(counts[i]), ...]` for the given types: one row per group, not one per group and type. */
export const sumsArray = (ts: readonly string[]) => sql.raw(`ARRAY[${ts.map((t) => `coalesce(sum(counts[${typeIndex(t)}]), 0)`).join(", ")}]::int[]`);

/** Event counts by store and type for the given stores over the period (everyone's events). */
export async function countsByStore(db: Db, s: DashboardScope, storeIds: number[], types?: readonly string[]): Promise<Map<string, Counts>> {
  if (storeIds.length === 0) return new Map();
  const scope = { ...s, storeId: null, region: null, userId: null };
  const ids = sql`store_id = ANY(string_to_array(${storeIds.join(",")}, ',')::int[])`;
  const wm = await rolledUpTo(db);
  const ts = known(types);
  return grouped(ts, rowsOf<GroupRow>(
    await db.execute(sql`
      SELECT store_id::text AS key, NULL::text AS type, NULL::int AS n, ${sumsArray(ts)} AS sums
      FROM usage_daily_store WHERE ${inPeriod(s)} AND ${ids} GROUP BY store_id
      UNION ALL
      SELECT store_id::text, type, count(*)::int, NULL FROM usage_events WHERE ${rawSince(wm, scope, ts)} AND ${ids} GROUP BY 1, 2`),
  ));
}

export type GroupRow = { key: string; type: string | null; n: number | null; sums: number[] | null };

export function grouped(types: readonly string[], rows: GroupRow[]): Map<string, Counts> {
  const out = new Map<string, Counts>();
  for (const r of rows) {
    // Everyone with a roll-up row is listed, even with none of the types asked for.
    const c = out.get(r.key) ?? {};
    out.set(r.key, c);
    const add = (type: string, n: number) => {
      if (n !== 0) c[type] = (c[type] ?? 0) + n;
    };
    if (r.sums) r.sums.forEach((n, i) => add(types[i]!, Number(n)));
    else if (r.type) add(r.type, Number(r.n));
  }
  return out;
}
