import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db, type DbOrTx } from "@/lib/db/client";
import { getMeta, setMeta } from "./seed-chain";
import { addDays, localDay, log } from "./util";

/** Relative share of events per type (slots in a draw): lookups dominate, outcomes are a few percent, flows and captures in between. */
const MIX: [string, number][] = [
  ["app_open", 40], ["sign_in", 35], ["associate_switch", 30], ["sign_out", 15], ["search", 190], ["scan", 80],
  ["style_view", 120], ["stock_grid_view", 150], ["lost_sale", 15], ["order_placed", 20], ["order_status", 10],
  ["order_cancelled", 2], ["hold_placed", 20], ["hold_converted", 12], ["hold_expired", 6], ["store_sale", 50],
  ["customer_found", 20], ["customer_captured", 12], ["customer_viewed", 20], ["consent_recorded", 15], ["note_added", 5],
  ["suggestion_shown", 40], ["suggestion_opened", 12], ["suggestion_taken", 4], ["flow_started", 12], ["flow_step_shown", 30],
  ["flow_step_completed", 24], ["flow_step_skipped", 6], ["flow_answer", 19], ["flow_finished", 8], ["flow_abandoned", 3], ["offline_period", 2],
];
const CHUNK_DAYS = 7;

type Plan = { from: string; scale: number; through: string | null; indexes: string[]; generatedS?: number };

/** Planning tables: store weights (skew), staff and tablets in use with their slot numbers, the type mix as slots. */
async function createPlanTables(db: Db) {
  await db.execute(sql`SELECT setseed(0.4242)`);
  await db.execute(sql`
    CREATE TABLE bench_store AS
    SELECT id AS store_id,
           CASE WHEN id % 20 = 7 THEN 0.08 ELSE 0.35 + 2.0 * power(random(), 2) END AS w,
           (SELECT count(*) FROM users u WHERE u.home_store_id = s.id AND u.role IN ('associate', 'manager'))::int AS staff,
           (SELECT count(*) FROM devices d WHERE d.store_id = s.id)::int - CASE WHEN id % 10 = 3 THEN 1 ELSE 0 END AS devs
    FROM stores s`);
  // Who uses the tablet most is not always staff number 1: order by a hash of the id.
  await db.execute(sql`
    CREATE TABLE bench_staff AS
    SELECT home_store_id AS store_id, (row_number() OVER (PARTITION BY home_store_id ORDER BY md5(id::text)) - 1)::int AS k, id AS user_id
    FROM users WHERE role IN ('associate', 'manager') AND home_store_id IS NOT NULL`);
  await db.execute(sql`
    CREATE TABLE bench_devs AS
    SELECT store_id, (row_number() OVER (PARTITION BY store_id ORDER BY name) - 1)::int AS k, id AS device_id FROM devices`);
  const slots: string[] = [];
  for (const [type, n] of MIX) for (let i = 0; i < n; i++) slots.push(type);
  await db.execute(sql`
    CREATE TABLE bench_arrays AS
    SELECT (SELECT array_agg(id ORDER BY id) FROM styles) AS styles,
           ARRAY(SELECT gen_random_uuid()::text FROM generate_series(1, 6)) AS flows,
           (SELECT array_agg(id ORDER BY id) FROM stores) AS stores,
           string_to_array(${slots.join(",")}, ',') AS types`);
  for (const t of ["bench_store", "bench_staff", "bench_devs"]) await db.execute(sql.raw(`ANALYZE ${t}`));
}

/** Relative activity of a store on a day: weekday, season (sales in January and July), adoption growing over the year, noise. */
const dayFactor = (from: string) => sql.raw(`
  (CASE extract(isodow FROM d) WHEN 6 THEN 1.55 WHEN 7 THEN 0.35 WHEN 5 THEN 1.15 ELSE 0.9 END)
  * (1 + 0.22 * cos(2 * pi() * (extract(doy FROM d) - 10) / 365.25) + 0.15 * exp(-power((extract(doy FROM d) - 190) / 12, 2)))
  * (0.65 + 0.45 * least(1, (d::date - '${from}'::date) / 365.0))
  * (0.85 + 0.3 * random())`);

async function planDays(db: Db, plan: Plan, from: string, to: string) {
  await db.execute(sql`
    INSERT INTO bench_sd (store_id, day, n)
    SELECT s.store_id, d::date, round(${plan.scale}::float8 * s.w * ${dayFactor(plan.from)})::int
    FROM bench_store s CROSS JOIN generate_series(${from}::date, ${to}::date, '1 day') d
    ON CONFLICT DO NOTHING`);
}

/** One chunk of days, set-based: one row per event from generate_series, joined to the slots drawn for it. */
async function insertChunk(db: DbOrTx, from: string, to: string) {
  // Draws are materialised first (one row per event), then joined to the slot tables: otherwise the planner
  // re-evaluates the random draws once per candidate join row.
  await db.execute(sql`
    WITH e AS MATERIALIZED (
      SELECT sd.store_id, ((sd.day + time '10:00' + random() * interval '11 hours') AT TIME ZONE 'Europe/Madrid') AS at,
             random() < 0.03 AS late, floor(power(random(), 1.8) * s.staff)::int AS uk, floor(random() * s.devs)::int AS dk,
             a.types[1 + floor(random() * array_length(a.types, 1))::int] AS type, random() AS r, random() AS r2, random() AS r3,
             a.styles[1 + floor(power(random(), 2.5) * array_length(a.styles, 1))::int] AS style,
             (35 + round(4.5 + 1.8 * (random() + random() + random() - 1.5)))::text AS size
      FROM bench_sd sd
      JOIN bench_store s ON s.store_id = sd.store_id
      CROSS JOIN bench_arrays a
      CROSS JOIN LATERAL generate_series(1, sd.n) g
      WHERE sd.day BETWEEN ${from}::date AND ${to}::date),
    ev AS (
      INSERT INTO usage_events (type, store_id, user_id, device_id, occurred_at, received_at, client_id, payload)
      SELECT e.type, e.store_id, u.user_id, dv.device_id, e.at,
             least(now(), e.at + CASE WHEN e.late THEN e.r3 * interval '72 hours' ELSE e.r3 * interval '3 seconds' END),
             CASE WHEN e.late THEN gen_random_uuid()::text END,
             CASE
               WHEN e.type IN ('style_view', 'stock_grid_view', 'scan') THEN jsonb_build_object('styleId', e.style)
               WHEN e.type = 'offline_period' THEN jsonb_build_object('ms', 5000 + floor(power(e.r, 3) * 3600000)::int)
               WHEN e.type = 'search' THEN jsonb_build_object('length', 3 + floor(e.r * 12)::int, 'results', floor(e.r2 * 40)::int)
               WHEN e.type = 'lost_sale' THEN jsonb_build_object('styleId', e.style, 'size', e.size,
                 'reason', CASE WHEN e.r < 0.7 THEN 'out_of_stock_everywhere' WHEN e.r < 0.85 THEN 'price' WHEN e.r < 0.95 THEN 'customer_declined' ELSE 'other' END)
               -- As create-order records it: ship lines by source store with their value (mostly one source).
               WHEN e.type = 'order_placed' THEN jsonb_build_object('lines', 1 + floor(power(e.r, 3) * 3)::int, 'fulfilment', 'home',
                 'totalCents', 3000 + floor(e.r2 * 15000)::int, 'sourceStoreId', a.stores[1 + floor(e.r2 * array_length(a.stores, 1))::int],
                 'sources', jsonb_build_array(jsonb_build_object('storeId', a.stores[1 + floor(e.r2 * array_length(a.stores, 1))::int], 'valueCents', 3000 + floor(e.r2 * 15000)::int)))
               WHEN e.type = 'consent_recorded' THEN jsonb_build_object('purpose', (ARRAY['marketing_email', 'marketing_sms', 'personalisation'])[1 + floor(e.r * 3)::int],
                 'decision', CASE WHEN e.r2 < 0.88 THEN 'granted' ELSE 'withdrawn' END, 'channel', 'tablet')
               WHEN e.type LIKE 'flow_%' THEN jsonb_build_object('flowId', a.flows[1 + floor(power(e.r, 1.5) * 6)::int], 'version', 1)
                 || CASE WHEN e.type IN ('flow_step_shown', 'flow_step_completed', 'flow_step_skipped', 'flow_answer')
                    THEN jsonb_build_object('stepId', 'step-' || (1 + floor(power(e.r2, 1.3) * 8)::int)) ELSE '{}'::jsonb END
               ELSE '{}'::jsonb
             END
      FROM e
      CROSS JOIN bench_arrays a
      JOIN bench_staff u ON u.store_id = e.store_id AND u.k = e.uk
      JOIN bench_devs dv ON dv.store_id = e.store_id AND dv.k = e.dk
      WHERE e.at < now()
      RETURNING store_id, user_id, type, occurred_at, payload)
    INSERT INTO lost_sales (store_id, user_id, style_id, size, reason, at)
    SELECT store_id, user_id, (payload->>'styleId')::int, payload->>'size', payload->>'reason', occurred_at FROM ev WHERE type = 'lost_sale'`);
}

export type GenerationResult = { events: number; generatedS: number | null; firstGenerationS: number | null; days: string; tableMb: number; indexMb: number; rollupMb: number; databaseMb: number };

/**
 * About `target` events over the 365 local days ending today, once. A re-run on a later day adds only the days
 * since the last run. Secondary indexes are dropped for the first load and rebuilt after (much quicker than
 * maintaining five indexes row by row); each chunk commits with its progress mark, so an interrupted run resumes.
 */
export async function ensureEvents(db: Db, target: number): Promise<GenerationResult> {
  const today = localDay(new Date());
  let plan = await getMeta<Plan>(db, "events");
  const t0 = performance.now();
  if (!plan) {
    await db.execute(sql.raw("DROP TABLE IF EXISTS bench_store, bench_staff, bench_devs, bench_arrays, bench_sd"));
    await createPlanTables(db);
    await db.execute(sql`CREATE TABLE bench_sd (store_id int NOT NULL, day date NOT NULL, n int NOT NULL, PRIMARY KEY (day, store_id))`);
    const from = addDays(today, -364);
    // Planned at 1000x first so rounding to whole events does not bias the scale.
    plan = { from, scale: 1000, through: null, indexes: [] };
    await planDays(db, plan, from, today);
    const [s] = rowsOf<{ n: number }>(await db.execute(sql`SELECT sum(n)::float8 AS n FROM bench_sd`));
    const k = target / s!.n;
    plan.scale *= k;
    await db.execute(sql`UPDATE bench_sd SET n = round(n * ${k}::float8)::int`);
    await db.execute(sql`ANALYZE bench_sd`);
    plan.indexes = rowsOf<{ def: string }>(
      await db.execute(sql`SELECT indexdef AS def FROM pg_indexes WHERE tablename = 'usage_events' AND indexname <> 'usage_events_pkey'`),
    ).map((r) => r.def);
    await setMeta(db, "events", plan);
  }
  const start = plan.through ? addDays(plan.through, 1) : plan.from;
  let generated = false;
  if (start <= today) {
    generated = true;
    const bulk = plan.through == null;
    if (bulk) for (const def of plan.indexes) await db.execute(sql.raw(`DROP INDEX IF EXISTS ${/INDEX (\S+)/.exec(def)![1]}`));
    if (!bulk) await planDays(db, plan, start, today);
    for (let d = start; d <= today; d = addDays(d, CHUNK_DAYS)) {
      const end = [addDays(d, CHUNK_DAYS - 1), today].sort()[0]!;
      const t = performance.now();
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL synchronous_commit = off`);
        await tx.execute(sql`SET LOCAL jit = off`);
        await insertChunk(tx, d, end);
        await tx.execute(sql`UPDATE bench_dash_meta SET value = jsonb_set(value, '{through}', to_jsonb(${end}::text)) WHERE key = 'events'`);
      });
      log(`  events ${d}..${end} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    for (const def of plan.indexes) {
      const t = performance.now();
      await db.execute(sql.raw(def.replace("CREATE INDEX", "CREATE INDEX IF NOT EXISTS").replace("CREATE UNIQUE INDEX", "CREATE UNIQUE INDEX IF NOT EXISTS")));
      log(`  ${/INDEX (?:IF NOT EXISTS )?(\S+)/.exec(def)![1]} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    }
    await db.execute(sql`ANALYZE usage_events`);
    await db.execute(sql`ANALYZE lost_sales`);
    if (bulk) await setMeta(db, "events", { ...plan, through: today, generatedS: Math.round((performance.now() - t0) / 1000) });
  }
  const [sz] = rowsOf<{ events: number; table_mb: number; index_mb: number; rollup_mb: number; db_mb: number }>(
    await db.execute(sql`
      SELECT (SELECT reltuples FROM pg_class WHERE relname = 'usage_events')::bigint AS events,
             pg_table_size('usage_events') / 1048576 AS table_mb, pg_indexes_size('usage_events') / 1048576 AS index_mb,
             (SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0) FROM pg_class c WHERE c.relname LIKE 'usage_daily%' AND c.relkind = 'r') / 1048576 AS rollup_mb,
             pg_database_size(current_database()) / 1048576 AS db_mb`),
  );
  return {
    events: Number(sz!.events),
    generatedS: generated ? Math.round((performance.now() - t0) / 1000) : null,
    firstGenerationS: plan.generatedS ?? null,
    days: `${plan.from}..${today}`,
    tableMb: Number(sz!.table_mb), indexMb: Number(sz!.index_mb), rollupMb: Number(sz!.rollup_mb), databaseMb: Number(sz!.db_mb),
  };
}
