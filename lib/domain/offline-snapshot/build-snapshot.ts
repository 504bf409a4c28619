import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db, type DbOrTx } from "@/lib/db/client";
import { loadHolidays, loadStores, type GridStoreInfo } from "@/lib/domain/stock/reference-data";
import { sortByDistance } from "@/lib/domain/stores/distance";
import { normalizeRegion } from "@/lib/domain/orders/regions";
import type { OpeningHours } from "@/lib/domain/stores/opening-hours";
import { errors } from "@/lib/errors";
import { canRefreshFrom, decodeCursor, encodeCursor } from "./cursor";
import { NEARBY_STORES } from "./schemas";
import { SNAPSHOT_VERSION, type WireStore } from "./wire";

/** Holidays sent per store: enough for "open now" through weeks offline. */
const HOLIDAY_DAYS = 31;

/**
 * Where the next refresh starts: the earliest of now and the start of every transaction still open on
 * the database (its rows carry updated_at = its start, yet may commit after this read), less a small
 * margin, but never more than 10 minutes back (a forgotten open session must not pin every refresh).
 * Read before the snapshot's own transaction, so any writer not yet visible to it is either listed here
 * or started after this moment. Rows resent by the overlap are upserted by the tablet: harmless.
 */
async function nextCursorMicros(db: Db): Promise<bigint> {
  const [row] = rowsOf<{ us: string }>(
    await db.execute(sql`
      SELECT (extract(epoch FROM greatest(now() - interval '10 minutes', least(now(), coalesce((
        SELECT min(xact_start) FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()), now())) - interval '2 seconds'
      )) * 1000000)::bigint::text AS us`),
  );
  return BigInt(row!.us);
}

/** The tablet's store and its nearest open-for-business neighbours, nearest first (ids fix the cursor's store set). */
function nearbyStores(all: readonly GridStoreInfo[], storeId: number) {
  const here = all.find((s) => s.id === storeId);
  if (!here) throw errors.notFound("That store");
  const others = sortByDistance(
    here,
    all.filter((s) => s.active && s.id !== storeId),
    (s) => s.code,
  ).slice(0, NEARBY_STORES);
  return [{ ...here, distanceKm: 0 }, ...others];
}

function wireStores(stores: ReturnType<typeof nearbyStores>, holidays: { day: string; region: string }[], asOf: Date): WireStore[] {
  const from = new Date(asOf.getTime() - 86_400_000).toISOString().slice(0, 10);
  const to = new Date(asOf.getTime() + HOLIDAY_DAYS * 86_400_000).toISOString().slice(0, 10);
  const soon = holidays.filter((h) => h.day >= from && h.day <= to);
  return stores.map((s) => {
    const region = normalizeRegion(s.region);
    const days = soon.filter((h) => h.region === "" || normalizeRegion(h.region) === region).map((h) => h.day);
    return [s.id, s.code, s.name, s.city, Math.round(s.distanceKm * 10) / 10, s.phone, s.canShip ? 1 : 0, s.timezone, JSON.parse(s.hoursJson) as OpeningHours, [...new Set(days)].sort()];
  });
}

const jsonText = async (tx: DbOrTx, query: SQL): Promise<string> => rowsOf<{ j: string }>(await tx.execute(query))[0]!.j;

/**
 * The catalogue and stock a tablet keeps offline, as compact JSON text (built by the database, never as row
 * objects). Full: every active style and variant, the stock of this store and what is available at its nearest stores.
 * With a cursor this server issued for the same store set: only what changed since (retired styles and
 * variants come with active = 0 so the tablet drops them); otherwise full.
 */
export async function buildSnapshot(db: Db, storeId: number, since?: string): Promise<{ json: string; full: boolean }> {
  const [all, holidays, fromMicros] = await Promise.all([loadStores(db), loadHolidays(db), nextCursorMicros(db)]);
  const stores = nearbyStores(all, storeId);
  const ids = stores.map((s) => s.id);
  const previous = since ? decodeCursor(since) : null;
  const full = !canRefreshFrom(previous, storeId, ids);
  const idList = sql`string_to_array(${ids.join(",")}, ',')::int[]`;
  const changedSince = full ? null : sql`(timestamptz 'epoch' + ${previous!.fromMicros.toString()}::bigint * interval '1 microsecond')`;

  const styleWhere = changedSince
    ? sql`s.updated_at >= ${changedSince} OR EXISTS (SELECT 1 FROM variants cv WHERE cv.style_id = s.id AND cv.updated_at >= ${changedSince})`
    : sql`s.active`;
  const variantWhere = changedSince ? sql`v.updated_at >= ${changedSince} OR s.updated_at >= ${changedSince}` : sql`v.active AND s.active`;
  // A full snapshot leaves out other stores' rows with nothing available (the tablet reads a missing row as 0);
  // a refresh sends every changed row, zeros included, so a store selling out overwrites what is held.
  const stockWhere = changedSince
    ? sql`st.updated_at >= ${changedSince}`
    : sql`v.active AND s.active AND (st.store_id = ${storeId} OR st.on_hand > st.reserved)`;

  // One consistent view of the database for all four parts.
  const { asOf, parts } = await db.transaction(
    async (tx) => {
      const [now] = rowsOf<{ now: string }>(await tx.execute(sql`SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS now`));
      const styles = await jsonText(
        tx,
        sql`SELECT coalesce(json_agg(json_build_array(s.id, s.code, s.name, s.brand, s.category, s.price_cents, s.description, s.images->>0,
              coalesce(c.colours, '[]'::json), CASE WHEN s.active THEN 1 ELSE 0 END) ORDER BY s.id), '[]')::text AS j
            FROM styles s
            LEFT JOIN LATERAL (
              SELECT json_agg(json_build_array(x.colour, x.hex) ORDER BY x.first_id) AS colours
              FROM (SELECT v.colour, min(v.colour_hex) AS hex, min(v.id) AS first_id FROM variants v WHERE v.style_id = s.id AND v.active GROUP BY v.colour) x
            ) c ON true
            WHERE ${styleWhere}`,
      );
      const variants = await jsonText(
        tx,
        sql`SELECT coalesce(json_agg(json_build_array(v.id, v.style_id, v.sku, v.ean, v.colour, v.size, v.size_order, v.price_cents,
              CASE WHEN v.active AND s.active THEN 1 ELSE 0 END) ORDER BY v.id), '[]')::text AS j
            FROM variants v JOIN styles s ON s.id = v.style_id
            WHERE ${variantWhere}`,
      );
      const stock = await jsonText(
        tx,
        // The bulk of the snapshot: numbers only, so plain text without JSON's spaces.
        sql`SELECT '[' || coalesce(string_agg(format('[%s,%s,%s,%s,%s]', st.variant_id, st.store_id, st.on_hand, st.reserved,
              floor(extract(epoch FROM st.updated_at))::bigint), ',' ORDER BY st.store_id, st.variant_id), '') || ']' AS j
            FROM stock st JOIN variants v ON v.id = st.variant_id JOIN styles s ON s.id = v.style_id
            WHERE st.store_id = ANY(${idList}) AND (${stockWhere})`,
      );
      return { asOf: now!.now, parts: { styles, variants, stock } };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );

  const cursor = encodeCursor({ storeId, fromMicros, stores: ids });
  const head = { v: SNAPSHOT_VERSION, store: storeId, full, asOf, cursor, stores: wireStores(stores, holidays, new Date(asOf)) };
  const json = `${JSON.stringify(head).slice(0, -1)},"styles":${parts.styles},"variants":${parts.variants},"stock":${parts.stock}}`;
  return { json, full };
}
