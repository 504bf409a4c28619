import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { NO_ID } from "@/lib/db/schema";
import { periodDto, storeFilter, type DashboardScope } from "./dashboard-scope";
import { compare, previousPeriod } from "./rules";
import type { AdoptionDto } from "./schemas";
import { countsByType, usageFacts } from "./usage-facts";

const SESSION_TYPES = ["sign_in", "associate_switch"] as const;

/** Active associates and devices per day, sessions (sign-ins and associate switches) against the previous period, idle tablets. */
export async function adoption(db: Db, s: DashboardScope, idleDays = 7): Promise<AdoptionDto> {
  const days = rowsOf<{ day: string; users: number; devices: number; sessions: number; switches: number }>(
    await db.execute(sql`
      SELECT day::text, count(DISTINCT user_id) FILTER (WHERE user_id <> ${NO_ID}::uuid)::int AS users,
             count(DISTINCT device_id) FILTER (WHERE device_id <> ${NO_ID}::uuid)::int AS devices,
             coalesce(sum(events) FILTER (WHERE type IN ('sign_in', 'associate_switch')), 0)::int AS sessions,
             coalesce(sum(events) FILTER (WHERE type = 'associate_switch'), 0)::int AS switches
      FROM ${usageFacts(s)} GROUP BY day ORDER BY day`),
  );
  const sessions = days.reduce((a, d) => a + d.sessions, 0);
  const prev = await countsByType(db, { ...s, ...previousPeriod(s.from, s.to) }, SESSION_TYPES);
  // Idle: registered, active devices of the scope with no event in the last idleDays (roll-ups are enough at day grain).
  const idle = s.userId
    ? []
    : rowsOf<{ id: string; store_id: number; last_seen: string | null }>(
        await db.execute(sql`
          SELECT d.id::text, d.store_id, max(u.day)::text AS last_seen
          FROM devices d LEFT JOIN usage_daily u ON u.device_id = d.id
          WHERE ${storeFilter(s, sql`d.store_id`)} AND d.disabled_at IS NULL
            AND d.registered_at < now() - make_interval(days => ${idleDays}::int)
          GROUP BY d.id, d.store_id
          HAVING coalesce(max(u.day), '-infinity'::date) < current_date - ${idleDays}::int
             AND NOT EXISTS (SELECT 1 FROM usage_events e WHERE e.device_id = d.id AND e.occurred_at > now() - make_interval(days => ${idleDays}::int))
          ORDER BY 3 NULLS FIRST LIMIT 200`),
      );
  return {
    period: periodDto(s),
    days: days.map((d) => ({ day: d.day, activeAssociates: d.users, activeDevices: d.devices, sessions: d.sessions })),
    sessions: compare(sessions, (prev.sign_in ?? 0) + (prev.associate_switch ?? 0)),
    switches: compare(days.reduce((a, d) => a + d.switches, 0), prev.associate_switch ?? 0),
    idleDevices: idle.map((d) => ({ deviceId: d.id, storeId: d.store_id, lastSeen: d.last_seen })),
  };
}
