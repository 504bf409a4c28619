import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type Tx } from "@/lib/db/client";
import { DASHBOARD_TIME_ZONE as TZ } from "./rules";
import { rebuildDerived } from "./rollup-derived";
import { dayList, localDayOf as localDay } from "./usage-facts";
import { addTime, rebuildTime } from "./usage-time";

const STATE = "usage_daily";
const LOCK = 4_646_572_617_101;
// Rows inserted by a transaction that started before the last run but committed after it carry an
// older received_at; looking back this far past the watermark catches them (days are rebuilt, so overlap is harmless).
const OVERLAP = "10 minutes";
// A catch-up over months rebuilds this many days per statement: each reads one time range of the raw events.
const DAYS_PER_STATEMENT = 31;

export type RefreshResult = { days: string[]; addedDays: string[]; watermark: string | null };

/**
 * Brings the roll-ups up to date: every local day touched by events received since the watermark
 * (late events from an offline tablet included, by their occurred_at), plus every day in [from, to],
 * is recounted from the raw events received up to the new watermark (later ones are read raw by the
 * dashboards). Idempotent and safe to run concurrently (advisory lock) or after downtime.
 * Days whose raw events are already pruned are only added to, with exactly the events past the watermark.
 */
export async function refreshRollups(db: Db, opts: { from?: Date; to?: Date } = {}): Promise<RefreshResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK})`);
    // Grouping a month of a chain's events wants more than the default few MB.
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const [state] = rowsOf<{ watermark: string | null; pruned_before: string | null }>(
      await tx.execute(sql`SELECT watermark::text, pruned_before::text FROM usage_rollup_state WHERE name = ${STATE}`),
    );
    const since = state?.watermark ?? null;
    const prunedBefore = state?.pruned_before ?? null;
    const [top] = rowsOf<{ max: string | null }>(await tx.execute(sql`SELECT max(received_at)::text AS max FROM usage_events`));
    const watermark = top?.max ?? since;
    if (!watermark) return { days: [], addedDays: [], watermark: null };

    // First run: every day from the first event to the last (read off the time index, not a scan of every event).
    const touched = rowsOf<{ day: string }>(
      await tx.execute(
        since
          ? sql`SELECT DISTINCT ${localDay}::text AS day FROM usage_events WHERE received_at > ${since}::timestamptz - ${OVERLAP}::interval
                UNION SELECT d::date::text FROM generate_series(${opts.from ? isoDay(opts.from) : null}::date, ${opts.to ? isoDay(opts.to) : null}::date, '1 day') d`
          : sql`SELECT d::date::text AS day FROM generate_series(
                  (SELECT (min(occurred_at) AT TIME ZONE ${TZ})::date FROM usage_events), (SELECT (max(occurred_at) AT TIME ZONE ${TZ})::date FROM usage_events), '1 day') d
                UNION SELECT d::date::text FROM generate_series(${opts.from ? isoDay(opts.from) : null}::date, ${opts.to ? isoDay(opts.to) : null}::date, '1 day') d`,
      ),
    ).map((r) => r.day);
    const rebuild = touched.filter((d) => !prunedBefore || d >= prunedBefore).sort();
    const addTo = touched.filter((d) => prunedBefore && d < prunedBefore).sort();

    for (let i = 0; i < rebuild.length; i += DAYS_PER_STATEMENT) await rebuildDays(tx, rebuild.slice(i, i + DAYS_PER_STATEMENT), watermark);
    if (addTo.length > 0 && since) await addToPrunedDays(tx, addTo, since, watermark);
    await tx.execute(sql`
      INSERT INTO usage_rollup_state (name, watermark) VALUES (${STATE}, ${watermark}::timestamptz)
      ON CONFLICT (name) DO UPDATE SET watermark = excluded.watermark, refreshed_at = now()`);
    return { days: rebuild, addedDays: addTo, watermark };
  });
}

/**
 * Recounts the given local days from the raw events, up to the current watermark (so the dashboards' raw part
 * still adds exactly what is not rolled up): an operator's repair, and the bench's measure of one day's cost.
 * Days whose raw events are pruned are left alone.
 */
export async function recountDays(db: Db, days: string[]): Promise<string[]> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK})`);
    await tx.execute(sql`SET LOCAL work_mem = '64MB'`);
    const [state] = rowsOf<{ watermark: string; pruned_before: string | null }>(
      await tx.execute(sql`SELECT watermark::text, pruned_before::text FROM usage_rollup_state WHERE name = ${STATE}`),
    );
    if (!state) return [];
    const ok = [...new Set(days)].filter((d) => !state.pruned_before || d >= state.pruned_before).sort();
    for (let i = 0; i < ok.length; i += DAYS_PER_STATEMENT) await rebuildDays(tx, ok.slice(i, i + DAYS_PER_STATEMENT), state.watermark);
    return ok;
  });
}

/** Recounts whole days (consecutive or not) from the raw events received up to the watermark. */
async function rebuildDays(tx: Tx, days: string[], watermark: string) {
  const within = sql`${localDay} = ANY(${dayList(days)})
    AND occurred_at >= (${days[0]}::date - 1)::timestamp AT TIME ZONE ${TZ}
    AND occurred_at < (${days[days.length - 1]}::date + 2)::timestamp AT TIME ZONE ${TZ}
    AND received_at <= ${watermark}::timestamptz`;
  await tx.execute(sql`DELETE FROM usage_daily WHERE day = ANY(${dayList(days)})`);
  await tx.execute(sql`
    INSERT INTO usage_daily (day, store_id, user_id, device_id, type, events)
    SELECT ${localDay}, coalesce(store_id, 0), coalesce(user_id, '00000000-0000-0000-0000-000000000000'),
           coalesce(device_id, '00000000-0000-0000-0000-000000000000'), type, count(*)
    FROM usage_events WHERE ${within}
    GROUP BY 1, 2, 3, 4, 5`);
  // Time first: the coarser roll-ups carry its sums.
  await rebuildTime(tx, days, within);
  await rebuildDerived(tx, days, { rebuildFacetsWhere: within });
}

/** Days whose raw events are gone: only what arrived after the last watermark is added. */
async function addToPrunedDays(tx: Tx, days: string[], since: string, watermark: string) {
  const arrived = sql`received_at > ${since}::timestamptz AND received_at <= ${watermark}::timestamptz AND ${localDay} = ANY(${dayList(days)})`;
  await tx.execute(sql`
    INSERT INTO usage_daily (day, store_id, user_id, device_id, type, events)
    SELECT ${localDay}, coalesce(store_id, 0), coalesce(user_id, '00000000-0000-0000-0000-000000000000'),
           coalesce(device_id, '00000000-0000-0000-0000-000000000000'), type, count(*)
    FROM usage_events WHERE ${arrived}
    GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (day, store_id, user_id, device_id, type) DO UPDATE SET events = usage_daily.events + excluded.events`);
  await addTime(tx, arrived);
  await rebuildDerived(tx, days, { addFacetsWhere: arrived });
}

function isoDay(d: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TZ, year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

/**
 * Deletes raw events older than keepDays whole local days (default: the usage_retention_days setting),
 * but only ones already rolled up; the roll-ups keep the figures.
 */
export async function pruneRawEvents(db: Db, keepDays?: number): Promise<{ deleted: number; prunedBefore: string | null }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${LOCK})`);
    let keep = keepDays;
    if (keep == null) {
      const [s] = rowsOf<{ value: unknown }>(await tx.execute(sql`SELECT value FROM settings WHERE key = 'usage_retention_days'`));
      keep = typeof s?.value === "number" ? s.value : 400;
    }
    const [state] = rowsOf<{ watermark: string }>(await tx.execute(sql`SELECT watermark::text FROM usage_rollup_state WHERE name = ${STATE}`));
    if (!state) return { deleted: 0, prunedBefore: null };
    const cutoff = isoDay(new Date(Date.now() - keep * 86_400_000));
    const [gone] = rowsOf<{ n: number }>(
      await tx.execute(sql`
        WITH gone AS (
          DELETE FROM usage_events
          WHERE occurred_at < ${cutoff}::date::timestamp AT TIME ZONE ${TZ} AND received_at <= ${state.watermark}::timestamptz
          RETURNING 1)
        SELECT count(*)::int AS n FROM gone`),
    );
    const deleted = gone?.n ?? 0;
    await tx.execute(sql`
      UPDATE usage_rollup_state SET pruned_before = greatest(coalesce(pruned_before, ${cutoff}::date), ${cutoff}::date) WHERE name = ${STATE}`);
    return { deleted, prunedBefore: cutoff };
  });
}
