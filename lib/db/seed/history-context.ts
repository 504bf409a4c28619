import { CATEGORIES, TASTES, type Taste } from "./data/categories";
import type { Catalog, StyleSeed } from "./generate-catalog";
import { nearestStores, type StoreSeed } from "./generate-stores";
import type { UserRow } from "./generate-users";
import type { ChainParams } from "./params";
import type { Rng } from "./prng";
import { MONTH_VOLUME, WEEKDAY_VOLUME } from "./tastes";
import { DAY_MS, startOfUtcDay } from "./time";

export type DeptGroup = "female" | "male" | "kids";

/** Styles to draw from, with cumulative weights for a binary-search pick. */
export type Candidates = { styles: StyleSeed[]; cum: Float64Array };

export type Day = { ms: number; month: number; dom: number; weekday: number; weight: number };

/** Everything shared by all customers' histories: built once, read by every chunk. */
export type HistoryContext = {
  params: ChainParams;
  stores: StoreSeed[];
  storeCum: Float64Array;
  nearest: number[][];
  associates: string[][];
  styles: StyleSeed[];
  days: Day[];
  maxDayWeight: number;
  lists: Map<string, Candidates>;
  brandLists: Map<string, Candidates>;
};

const DEPTS: Record<DeptGroup, string[]> = { female: ["women", "unisex"], male: ["men", "unisex"], kids: ["kids"] };

export function candidatesKey(category: string, group: DeptGroup, taste: Taste): string {
  return `${category}|${group}|${taste}`;
}

export function brandKey(category: string, group: DeptGroup, brand: string): string {
  return `${category}|${group}|${brand}`;
}

function cumulative(styles: StyleSeed[], weight: (s: StyleSeed) => number): Candidates {
  const cum = new Float64Array(styles.length);
  let total = 0;
  styles.forEach((s, i) => {
    total += weight(s);
    cum[i] = total;
  });
  return { styles, cum };
}

export function pickCandidate(rng: Rng, c: Candidates): StyleSeed | undefined {
  const n = c.styles.length;
  if (n === 0) return undefined;
  const r = rng.next() * (c.cum[n - 1] ?? 0);
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((c.cum[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return c.styles[lo];
}

function buildDays(params: ChainParams): Day[] {
  const today = startOfUtcDay(params.asOf.getTime());
  const days: Day[] = [];
  // History covers the historyDays before asOf's day, so every sale is in the past.
  for (let d = 0; d < params.historyDays; d++) {
    const ms = today - (params.historyDays - d) * DAY_MS;
    const date = new Date(ms);
    const month = date.getUTCMonth();
    const weekday = date.getUTCDay();
    days.push({ ms, month, dom: date.getUTCDate(), weekday, weight: (MONTH_VOLUME[month] ?? 1) * (WEEKDAY_VOLUME[weekday] ?? 1) });
  }
  return days;
}

export function buildHistoryContext(params: ChainParams, stores: StoreSeed[], catalog: Catalog, users: UserRow[]): HistoryContext {
  const lists = new Map<string, Candidates>();
  const brandLists = new Map<string, Candidates>();
  for (const category of CATEGORIES) {
    for (const group of Object.keys(DEPTS) as DeptGroup[]) {
      const pool = catalog.styles.filter((s) => s.category === category.key && DEPTS[group].includes(s.department));
      if (pool.length === 0) continue;
      // Off-taste styles still sell now and then, just far less.
      for (const taste of TASTES) lists.set(candidatesKey(category.key, group, taste), cumulative(pool, (s) => s.popularity * (s.taste === taste ? 1 : 0.06)));
      for (const brand of new Set(pool.map((s) => s.brand))) {
        brandLists.set(brandKey(category.key, group, brand), cumulative(pool.filter((s) => s.brand === brand), (s) => s.popularity));
      }
    }
  }
  const storeCum = new Float64Array(stores.length);
  let total = 0;
  stores.forEach((s, i) => {
    total += s.traffic;
    storeCum[i] = total;
  });
  const byStore = new Map<number, string[]>();
  for (const u of users) {
    if (u.role !== "associate" || u.homeStoreId === null) continue;
    const list = byStore.get(u.homeStoreId) ?? [];
    list.push(u.id);
    byStore.set(u.homeStoreId, list);
  }
  const days = buildDays(params);
  return {
    params,
    stores,
    storeCum,
    nearest: nearestStores(stores, 3),
    associates: stores.map((s) => byStore.get(s.id) ?? []),
    styles: catalog.styles,
    days,
    maxDayWeight: Math.max(...days.map((d) => d.weight)),
    lists,
    brandLists,
  };
}

export function pickStoreIndex(rng: Rng, ctx: HistoryContext): number {
  const r = rng.next() * (ctx.storeCum[ctx.storeCum.length - 1] ?? 0);
  for (let i = 0; i < ctx.storeCum.length; i++) if ((ctx.storeCum[i] ?? 0) > r) return i;
  return ctx.storeCum.length - 1;
}
