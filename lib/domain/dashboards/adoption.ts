import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { NO_ID } from "@/lib/db/schema";
import { periodDto, storeFilter, type DashboardScope } from "./dashboard-scope";
import { compare, previousPeriod } from "./rules";
import type { AdoptionDto } from "./schemas";
import { toMinutes } from "./time-rules";
import { countsByType, localDayOf, rawSince, rolledUpTo, typeIndex } from "./usage-facts";
import { offlineByTablet, timeByDay } from "./usage-time";

const SESSION_TYPES = ["sign_in", "associate_switch"] as const;

/**
 * Active associates and devices per day, sessions (sign-ins and associate switches), minutes in use and offline against
 * the previous period, idle tablets and the tablets that were offline longest.
 */
export async function adoption(db: Db, s: DashboardScope, idleDays = 7): Promise<AdoptionDto> {
  const wm = await rolledUpTo(db);
  const days = rowsOf<{ day: string; users: number; devices: number; sessions: number; switches: number }>(await db.execute(activeDays(s, wm)));
  const sessions = days.reduce((a, d) => a + d.sessions, 0);
  const before = { ...s, ...previousPeriod(s.from, s.to) };
  const [prev, time, prevTime, byDevice] = await Promise.all([
    countsByType(db, before, SESSION_TYPES),
    timeByDay(db, s),
    timeByDay(db, before),
    offlineByTablet(db, s),
  ]);
  const timeOn = new Map(time.map((x) => [x.day, x]));
  const total = (xs: typeof time, k: "inUseMs" | "offlineMs") => toMinutes(xs.reduce((a, x) => a + x[k], 0));
  // Idle: registered, active devices of the scope with no event in the last idleDays. Last use from the per-tablet
  // roll-up (one index probe per tablet); events not rolled up yet come from the few received since the watermark.
  const idle = s.userId
    ? []
    : rowsOf<{ id: string; store_id: number; last_seen: string | null }>(
        await db.execute(sql`
          WITH recent AS (
            SELECT DISTINCT device_id FROM usage_events
            WHERE received_at > ${wm}::timestamptz AND device_id IS NOT NULL AND occurred_at > now() - make_interval(days => ${idleDays}::int))
          SELECT d.id::text, d.store_id, u.last::text AS last_seen
          FROM devices d
          LEFT JOIN LATERAL (SELECT max(day) AS last FROM usage_daily_devices x WHERE x.device_id = d.id) u ON true
          WHERE ${storeFilter(s, sql`d.store_id`)} AND d.disabled_at IS NULL
            AND d.registered_at < now() - make_interval(days => ${idleDays}::int)
            AND coalesce(u.last, '-infinity'::date) < current_date - ${idleDays}::int
            AND d.id NOT IN (SELECT device_id FROM recent)
          ORDER BY 3 NULLS FIRST LIMIT 200`),
      );
  return {
    period: periodDto(s),
    days: days.map((d) => ({
      day: d.day,
      activeAssociates: d.users,
      activeDevices: d.devices,
      sessions: d.sessions,
      minutesInUse: toMinutes(timeOn.get(d.day)?.inUseMs ?? 0),
      minutesOffline: toMinutes(timeOn.get(d.day)?.offlineMs ?? 0),
    })),
    sessions: compare(sessions, (prev.sign_in ?? 0) + (prev.associate_switch ?? 0)),
    minutesInUse: compare(total(time, "inUseMs"), total(prevTime, "inUseMs")),
    minutesOffline: compare(total(time, "offlineMs"), total(prevTime, "offlineMs")),
    offlineDevices: [...byDevice]
      .map(([deviceId, ms]) => ({ deviceId, minutesOffline: toMinutes(ms) }))
      .sort((a, b) => b.minutesOffline - a.minutesOffline)
      .slice(0, 200),
    switches: compare(days.reduce((a, d) => a + d.switches, 0), prev.associate_switch ?? 0),
    idleDevices: idle.map((d) => ({ deviceId: d.id, storeId: d.store_id, lastSeen: d.last_seen })),
  };
}

/**
 * Per day: distinct people and tablets, sessions and switches. A store, region or the chain reads the per-person
 * and per-tablet roll-ups; an associate's own figures their rows of usage_daily (one store, one person).
 */
export function activeDays(s: DashboardScope, wm: string): SQL {
  const period = sql`day BETWEEN ${s.from}::date AND ${s.to}::date AND ${storeFilter(s)}`;
  const raw = sql`SELECT ${localDayOf} AS day, user_id, device_id, type FROM usage_events WHERE ${rawSince(wm, s)}`;
  const [signIn, switched] = [typeIndex("sign_in"), typeIndex("associate_switch")];
  if (s.userId) {
    return sql`
      SELECT day::text, count(DISTINCT user_id) FILTER (WHERE user_id <> ${NO_ID}::uuid)::int AS users,
             count(DISTINCT device_id) FILTER (WHERE device_id <> ${NO_ID}::uuid)::int AS devices,
             coalesce(sum(n) FILTER (WHERE type IN ('sign_in', 'associate_switch')), 0)::int AS sessions,
             coalesce(sum(n) FILTER (WHERE type = 'associate_switch'), 0)::int AS switches
      FROM (SELECT day, user_id, device_id, type, events AS n FROM usage_daily WHERE ${period} AND user_id = ${s.userId}::uuid
            UNION ALL SELECT day, coalesce(user_id, ${NO_ID}::uuid), coalesce(device_id, ${NO_ID}::uuid), type, 1 FROM (${raw}) r) f
      GROUP BY day ORDER BY day`;
  }
  return sql`
    WITH raw AS MATERIALIZED (${raw}),
    people AS (${distinctPerDay("usage_daily_people", "user_id", period)}),
    tablets AS (${distinctPerDay("usage_daily_devices", "device_id", period)}),
    sessions AS (SELECT day, sum(a)::int AS sessions, sum(b)::int AS switches FROM (
      SELECT day, sum(counts[${sql.raw(String(signIn))}]) + sum(counts[${sql.raw(String(switched))}]) AS a, sum(counts[${sql.raw(String(switched))}]) AS b
      FROM usage_daily_store WHERE ${period} GROUP BY day
      UNION ALL
      SELECT day, count(*) FILTER (WHERE type IN ('sign_in', 'associate_switch')), count(*) FILTER (WHERE type = 'associate_switch') FROM raw GROUP BY day) x GROUP BY day)
    SELECT d.day::text, coalesce(p.n, 0) AS users, coalesce(t.n, 0) AS devices, coalesce(x.sessions, 0) AS sessions, coalesce(x.switches, 0) AS switches
    FROM (SELECT day FROM people UNION SELECT day FROM tablets UNION SELECT day FROM sessions) d
    LEFT JOIN people p USING (day) LEFT JOIN tablets t USING (day) LEFT JOIN sessions x USING (day)
    ORDER BY d.day`;
}

/**
 * Distinct people (or tablets) per day. Days without raw events count straight off the roll-up's index, in day
 * order; only the few days with events not rolled up yet (today, late arrivals) merge both.
 */
function distinctPerDay(table: "usage_daily_people" | "usage_daily_devices", column: "user_id" | "device_id", period: SQL): SQL {
  const [t, c] = [sql.identifier(table), sql.identifier(column)];
  return sql`
    SELECT day, count(DISTINCT ${c})::int AS n FROM ${t} WHERE ${period} AND day <> ALL(ARRAY(SELECT DISTINCT day FROM raw)) GROUP BY day
    UNION ALL
    SELECT day, count(DISTINCT ${c})::int FROM (
      SELECT day, ${c} FROM ${t} WHERE ${period} AND day = ANY(ARRAY(SELECT DISTINCT day FROM raw))
      UNION ALL SELECT day, ${c} FROM raw WHERE ${c} IS NOT NULL) m GROUP BY day`;
}
