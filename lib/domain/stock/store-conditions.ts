import { DEFAULT_TRANSIT_BANDS, promiseDate } from "@/lib/domain/orders/promise-date";
import type { Holiday } from "@/lib/domain/orders/business-days";
import { normalizeRegion } from "@/lib/domain/orders/regions";
import { distanceKm } from "@/lib/domain/stores/distance";
import { openState, type OpeningHours } from "@/lib/domain/stores/opening-hours";
import { addDays } from "@/lib/domain/stores/zoned-time";

/** What the grid needs to know about a store, as read from the database. */
export type ConditionStore = {
  id: number;
  lat: number;
  lng: number;
  region: string;
  timezone: string;
  /** opening_hours as JSON text: doubles as a cache key, parsed only on a cache miss. */
  hoursJson: string;
  canShip: boolean;
  dispatchCutoff: string;
  processingDays: number;
};

export type StoreConditions = { distanceKm: number; open: boolean; closesAt: string | null; nextOpen: string | null; promiseDate: string | null };

const OPEN_WINDOW_DAYS = 16;
const PROMISE_WINDOW_DAYS = 60;
const MAX_ENTRIES = 5_000;

type OpenEntry = { open: boolean; closesAt: string | null; nextOpen: string | null; from: number; until: number };

/**
 * openState() costs close to a millisecond (it walks two weeks of periods through Intl), far too much for
 * 500 stores per request. Stores share hours, zone and holidays, and a state stays true until its next
 * change (closesAt / nextOpen), so one computation serves every such store until then.
 */
const openCache = new Map<string, OpenEntry>();
/** A promise date depends on the minute (the cut-off), so entries live for the current minute only. */
const promiseCache = { minute: -1, entries: new Map<string, string | null>() };
/** Per store object (the store list is cached), the parts of its cache keys that never change. */
const profiles = new WeakMap<ConditionStore, { open: string; promise: string; region: string }>();

export function clearConditionCaches(): void {
  openCache.clear();
  promiseCache.entries.clear();
  promiseCache.minute = -1;
}

function profileOf(s: ConditionStore) {
  let p = profiles.get(s);
  if (!p) {
    const region = normalizeRegion(s.region);
    p = { region, open: `${s.timezone}|${s.hoursJson}`, promise: `${s.timezone}|${s.dispatchCutoff}|${s.processingDays}|${region}` };
    profiles.set(s, p);
  }
  return p;
}

function holidaysIn(holidays: readonly Holiday[], regions: readonly string[], from: string, to: string): Holiday[] {
  const wanted = new Set(["", ...regions.map(normalizeRegion)]);
  return holidays.filter((h) => h.day >= from && h.day <= to && wanted.has(normalizeRegion(h.region)));
}

/** Per-request context: the holidays that matter are filtered once per region, not once per store. */
export type ConditionContext = {
  now: Date;
  today: string;
  origin: ConditionStore;
  destination: string;
  holidays: readonly Holiday[];
  openDays: Map<string, { days: string[]; key: string }>;
  promiseHolidays: Map<string, { holidays: Holiday[]; key: string }>;
  /** Answers already given in this request, by region then profile (profile strings are reused, so hashed once). */
  openMemo: Map<string, Map<string, OpenEntry>>;
  promiseMemo: Map<string, (string | null | undefined)[]>;
};

export function conditionContext(origin: ConditionStore, now: Date, holidays: readonly Holiday[]): ConditionContext {
  const to = normalizeRegion(origin.region);
  // The destination counts only through its region and the distance band, unless its region is unknown
  // (promiseDate then infers it from the coordinates): so working stores of one region share entries.
  const destination = to === "" ? `@${origin.lat},${origin.lng}` : to;
  return {
    now,
    today: now.toISOString().slice(0, 10),
    origin,
    destination,
    holidays,
    openDays: new Map(),
    promiseHolidays: new Map(),
    openMemo: new Map(),
    promiseMemo: new Map(),
  };
}

function cachedOpenState(store: ConditionStore, ctx: ConditionContext): OpenEntry {
  const profile = profileOf(store);
  let memo = ctx.openMemo.get(profile.region);
  if (!memo) ctx.openMemo.set(profile.region, (memo = new Map()));
  const known = memo.get(profile.open);
  if (known) return known;
  const entry = sharedOpenState(store, profile, ctx);
  memo.set(profile.open, entry);
  return entry;
}

function sharedOpenState(store: ConditionStore, profile: { open: string; region: string }, ctx: ConditionContext): OpenEntry {
  let days = ctx.openDays.get(profile.region);
  if (!days) {
    const list = holidaysIn(ctx.holidays, [profile.region], addDays(ctx.today, -2), addDays(ctx.today, OPEN_WINDOW_DAYS)).map((h) => h.day).sort();
    ctx.openDays.set(profile.region, (days = { days: list, key: list.join(",") }));
  }
  const key = `${profile.open}|${days.key}`;
  const t = ctx.now.getTime();
  const hit = openCache.get(key);
  if (hit && hit.from <= t && t < hit.until) return hit;
  const state = openState(JSON.parse(store.hoursJson) as OpeningHours, store.timezone, ctx.now, days.days);
  const entry: OpenEntry = {
    open: state.open,
    closesAt: state.closesAt?.toISOString() ?? null,
    nextOpen: state.nextOpen?.toISOString() ?? null,
    from: t,
    until: (state.closesAt ?? state.nextOpen)?.getTime() ?? t + 3_600_000,
  };
  if (openCache.size >= MAX_ENTRIES) openCache.clear();
  openCache.set(key, entry);
  return entry;
}

const SORTED_BANDS = [...DEFAULT_TRANSIT_BANDS].sort((a, b) => a.maxKm - b.maxKm);

/** Index of the transit band promiseDate() will pick for `km`: stores in the same band share a promise. */
function bandIndex(km: number): number {
  const i = SORTED_BANDS.findIndex((b) => km <= b.maxKm);
  return i === -1 ? SORTED_BANDS.length - 1 : i;
}

function cachedPromise(source: ConditionStore, km: number, ctx: ConditionContext): string | null {
  if (!source.canShip) return null;
  const profile = profileOf(source);
  const band = bandIndex(km);
  let memo = ctx.promiseMemo.get(profile.promise);
  if (!memo) ctx.promiseMemo.set(profile.promise, (memo = []));
  const known = memo[band];
  if (known !== undefined) return known;
  return (memo[band] = sharedPromise(source, profile, band, ctx));
}

function sharedPromise(source: ConditionStore, profile: { promise: string; region: string }, band: number, ctx: ConditionContext): string | null {
  const minute = Math.floor(ctx.now.getTime() / 60_000);
  if (promiseCache.minute !== minute) {
    promiseCache.minute = minute;
    promiseCache.entries.clear();
  }
  let relevant = ctx.promiseHolidays.get(profile.region);
  if (!relevant) {
    const list = holidaysIn(ctx.holidays, [profile.region, ctx.origin.region], addDays(ctx.today, -2), addDays(ctx.today, PROMISE_WINDOW_DAYS));
    ctx.promiseHolidays.set(profile.region, (relevant = { holidays: list, key: list.map((h) => `${h.day}${h.region}`).join(",") }));
  }
  const key = `${profile.promise}|${ctx.destination}|${band}|${relevant.key}`;
  const hit = promiseCache.entries.get(key);
  if (hit !== undefined) return hit;
  const date = promiseDate({
    now: ctx.now,
    source: { ...source, timeZone: source.timezone },
    destination: { kind: "delivery", lat: ctx.origin.lat, lng: ctx.origin.lng, region: ctx.origin.region },
    holidays: relevant.holidays,
  }).date;
  if (promiseCache.entries.size >= MAX_ENTRIES) promiseCache.entries.clear();
  promiseCache.entries.set(key, date);
  return date;
}

/**
 * Distance from the working store, open now / next opening (the store's zone and holidays), and the date an
 * order shipped from it would reach the working store's area. Pure apart from the memo caches above.
 */
export function storeConditions(store: ConditionStore, ctx: ConditionContext): StoreConditions {
  const km = store.id === ctx.origin.id ? 0 : distanceKm(ctx.origin, store);
  const open = cachedOpenState(store, ctx);
  return {
    distanceKm: Math.round(km * 10) / 10,
    open: open.open,
    closesAt: open.closesAt,
    nextOpen: open.nextOpen,
    promiseDate: cachedPromise(store, km, ctx),
  };
}

/** Whether the store is open now: what the grid's order needs of every candidate before the shown rows are built. */
export function openNow(store: ConditionStore, ctx: ConditionContext): boolean {
  return cachedOpenState(store, ctx).open;
}

/** Distance from the working store to 100 m, as the grid shows and sorts it. */
export function gridDistanceKm(store: ConditionStore, ctx: ConditionContext): number {
  return store.id === ctx.origin.id ? 0 : Math.round(distanceKm(ctx.origin, store) * 10) / 10;
}
