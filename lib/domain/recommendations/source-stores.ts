import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type DbOrTx } from "@/lib/db/client";
import { errors } from "@/lib/errors";
import type { Holiday } from "@/lib/domain/orders/business-days";
import { DEFAULT_TRANSIT_BANDS, promiseDate } from "@/lib/domain/orders/promise-date";
import { rankSources } from "@/lib/domain/orders/rank-sources";
import { inferRegion, normalizeRegion } from "@/lib/domain/orders/regions";
import { loadHolidays } from "@/lib/domain/stock/reference-data";
import { distanceKm } from "@/lib/domain/stores/distance";
import { localParts, parseHhmm, type LocalParts } from "@/lib/domain/stores/zoned-time";
import type { SuggestionSource } from "./types";

const STORES_TTL_MS = 60_000;

type StoreRow = {
  id: number;
  code: string;
  name: string;
  lat: number;
  lng: number;
  region: string;
  timezone: string;
  canShip: boolean;
  dispatchCutoff: string;
  processingDays: number;
  active: boolean;
};
export type Sources = { origin: StoreRow; ranked: SuggestionSource[] };

// Keyed by database handle (tests hold several); stores change a few times a year, promise dates by the minute.
const storesCache = new WeakMap<object, { at: number; value: Promise<StoreRow[]> }>();
type PromiseCache = { dates: Map<string, string>; clocks: Map<string, LocalParts>; holidays: readonly Holiday[] | null };
const rankedCache = new WeakMap<object, { minute: number; byOrigin: Map<number, Sources> }>();
const promiseCache = new WeakMap<object, PromiseCache>();

function loadStores(db: DbOrTx): Promise<StoreRow[]> {
  const hit = storesCache.get(db);
  if (hit && Date.now() - hit.at < STORES_TTL_MS) return hit.value;
  const value = db
    .execute(sql`
      SELECT id, code, name, lat, lng, region, timezone, can_ship AS "canShip", dispatch_cutoff AS "dispatchCutoff",
             processing_days AS "processingDays", active
      FROM stores ORDER BY id`)
    .then((r) => rowsOf<StoreRow>(r).map((s) => ({ ...s, id: Number(s.id), lat: Number(s.lat), lng: Number(s.lng), processingDays: Number(s.processingDays) })));
  storesCache.set(db, { at: Date.now(), value });
  value.catch(() => storesCache.delete(db));
  return value;
}

function bandIndex(km: number): number {
  const i = DEFAULT_TRANSIT_BANDS.findIndex((b) => km <= b.maxKm);
  return i === -1 ? DEFAULT_TRANSIT_BANDS.length - 1 : i;
}

/** Wall-clock parts per time zone for the current minute: a chain has a handful of zones and hundreds of stores. */
function localNow(clocks: Map<string, LocalParts>, timeZone: string, now: Date): LocalParts {
  let parts = clocks.get(timeZone);
  if (!parts) {
    parts = localParts(now, timeZone);
    clocks.set(timeZone, parts);
  }
  return parts;
}

/**
 * promiseDate() for a source and a destination area. The destination's coordinates only choose the transit band, and
 * `now` only matters through the source's local date and which side of its cut-off it is, so one date serves every
 * (source clock, region pair, band) until a cut-off passes or the day turns: a few dozen computations a day serve
 * every working store of a 500-store chain.
 */
function memoPromise(cache: PromiseCache, source: StoreRow, to: { lat: number; lng: number; region: string }, km: number, now: Date, holidays: readonly Holiday[]): string {
  const local = localNow(cache.clocks, source.timezone, now);
  const beforeCutoff = local.hour * 60 + local.minute < parseHhmm(source.dispatchCutoff);
  const key = [source.timezone, local.isoDate, beforeCutoff, source.processingDays, normalizeRegion(source.region), to.region, bandIndex(km)].join("|");
  let date = cache.dates.get(key);
  if (date === undefined) {
    date = promiseDate({
      now,
      source: { ...source, timeZone: source.timezone },
      destination: { kind: "delivery", lat: to.lat, lng: to.lng, region: to.region },
      holidays,
    }).date;
    if (cache.dates.size > 20_000) cache.dates.clear();
    cache.dates.set(key, date);
  }
  return date;
}

/**
 * Every other active store that ships, ranked as an order would rank it for delivery to the working store's area:
 * earliest promise date, then nearest (rankSources' order). Computed once a minute per working store.
 */
export async function rankedSources(db: DbOrTx, originStoreId: number, now: Date): Promise<Sources> {
  const minute = Math.floor(now.getTime() / 60_000);
  let cache = rankedCache.get(db);
  const promises = promiseCache.get(db) ?? { dates: new Map(), clocks: new Map(), holidays: null };
  promiseCache.set(db, promises);
  if (!cache || cache.minute !== minute) {
    cache = { minute, byOrigin: new Map() };
    rankedCache.set(db, cache);
    promises.clocks.clear();
  }
  const hit = cache.byOrigin.get(originStoreId);
  if (hit) return hit;
  const [stores, holidays] = await Promise.all([loadStores(db), loadHolidays(db)]);
  // Re-read holidays (every few minutes) may have changed: dates computed with the old list go.
  if (promises.holidays !== holidays) {
    promises.dates.clear();
    promises.holidays = holidays;
  }
  const origin = stores.find((s) => s.id === originStoreId);
  if (!origin) throw errors.notFound("That store");
  const to = { lat: origin.lat, lng: origin.lng, region: normalizeRegion(origin.region) || inferRegion(origin.lat, origin.lng) };
  const candidates = stores
    .filter((s) => s.active && s.canShip && s.id !== originStoreId)
    .map((s) => {
      const km = distanceKm(origin, s);
      const promise = memoPromise(promises, s, to, km, now, holidays);
      return { storeId: s.id, storeCode: s.code, storeName: s.name, promiseDate: promise, distanceKm: Math.round(km * 10) / 10, available: 1 };
    });
  // rankSources' order without its stock filter: every candidate "has" one unit here.
  const ranked = rankSources(candidates, 1).map(({ storeId, storeCode, storeName, promiseDate: date, distanceKm: km }) => ({
    storeId,
    storeCode,
    storeName,
    promiseDate: date,
    distanceKm: km,
  }));
  const value = { origin, ranked };
  cache.byOrigin.set(originStoreId, value);
  return value;
}
