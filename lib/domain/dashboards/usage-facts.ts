import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { NO_ID } from "@/lib/db/schema";
import { storeFilter, type DashboardScope } from "./dashboard-scope";
import { DASHBOARD_TIME_ZONE as TZ, type Counts } from "./rules";

const tz = sql.raw(`'${TZ}'`);
// Days before the watermark's local day are complete in usage_daily; from that day on, count raw events.
const rolledBefore = sql`coalesce((SELECT (watermark AT TIME ZONE ${tz})::date FROM usage_rollup_state WHERE name = 'usage_daily'), '-infinity'::date)`;

const typeFilter = (types?: readonly string[]) => (types ? sql`type = ANY(string_to_array(${types.join(",")}, ','))` : sql`true`);
const userFilter = (s: DashboardScope) => (s.userId ? sql`user_id = ${s.userId}::uuid` : sql`true`);

/** Raw events of the scope and period (for breakdowns by payload, which the roll-up does not keep). */
export function rawWhere(s: DashboardScope, types?: readonly string[]): SQL {
  return sql`occurred_at >= ${s.from}::date::timestamp AT TIME ZONE ${tz}
    AND occurred_at < (${s.to}::date + 1)::timestamp AT TIME ZONE ${tz}
    AND ${storeFilter(s)} AND ${userFilter(s)} AND ${typeFilter(types)}`;
}

/** Rows (day, store_id, user_id, device_id, type, events): roll-ups for complete past days, raw events after. */
export function usageFacts(s: DashboardScope, types?: readonly string[]): SQL {
  return sql`(
    SELECT day, store_id, user_id, device_id, type, events FROM usage_daily
    WHERE day < ${rolledBefore} AND day BETWEEN ${s.from}::date AND ${s.to}::date
      AND ${storeFilter(s)} AND ${userFilter(s)} AND ${typeFilter(types)}
    UNION ALL
    SELECT (occurred_at AT TIME ZONE ${tz})::date, coalesce(store_id, 0), coalesce(user_id, ${NO_ID}::uuid),
           coalesce(device_id, ${NO_ID}::uuid), type, count(*)::int
    FROM usage_events
    WHERE occurred_at >= greatest(${rolledBefore}, ${s.from}::date)::timestamp AT TIME ZONE ${tz}
      AND ${rawWhere(s, types)}
    GROUP BY 1, 2, 3, 4, 5
  ) facts`;
}

/** Event counts by type over the scope and period. */
export async function countsByType(db: Db, s: DashboardScope, types?: readonly string[]): Promise<Counts> {
  const rows = rowsOf<{ type: string; n: number }>(await db.execute(sql`SELECT type, sum(events)::int AS n FROM ${usageFacts(s, types)} GROUP BY type`));
  return Object.fromEntries(rows.map((r) => [r.type, r.n]));
}

/** Event counts by person and type (person NO_ID = events without one). */
export async function countsByUser(db: Db, s: DashboardScope, types?: readonly string[]): Promise<Map<string, Counts>> {
  const rows = rowsOf<{ user_id: string; type: string; n: number }>(
    await db.execute(sql`SELECT user_id::text, type, sum(events)::int AS n FROM ${usageFacts(s, types)} WHERE user_id <> ${NO_ID}::uuid GROUP BY 1, 2`),
  );
  const out = new Map<string, Counts>();
  for (const r of rows) out.set(r.user_id, { ...out.get(r.user_id), [r.type]: r.n });
  return out;
}
