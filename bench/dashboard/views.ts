import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/actor";
import { adoption } from "@/lib/domain/dashboards/adoption";
import { associates } from "@/lib/domain/dashboards/associates";
import { dashboardScope, type DashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { demand } from "@/lib/domain/dashboards/demand";
import { flows } from "@/lib/domain/dashboards/flows";
import { outcomes } from "@/lib/domain/dashboards/outcomes";
import { addDays, localDay, stats, type Stats } from "./util";

export const VIEWS = {
  adoption: (db: Db, s: DashboardScope) => adoption(db, s),
  outcomes,
  demand,
  flows,
  associates,
} as const;
export type ViewName = keyof typeof VIEWS;

/** One dashboard request: who asks (a store's manager, or head office for a region or the chain) and for which days. */
export type Ask = { scenario: string; actor: Actor; query: { from: string; to: string; store?: number; region?: string } };

type People = { stores: { id: number; manager: string }[]; regions: string[] };

export async function loadPeople(db: Db): Promise<People> {
  const stores = rowsOf<{ id: number; manager: string }>(
    await db.execute(sql`SELECT s.id, u.id::text AS manager FROM stores s JOIN users u ON u.home_store_id = s.id AND u.role = 'manager' ORDER BY s.id`),
  );
  // Biggest regions first, so the larger ones are always among those asked for.
  const regions = rowsOf<{ region: string }>(await db.execute(sql`SELECT region FROM stores GROUP BY region ORDER BY count(*) DESC, region`)).map((r) => r.region);
  return { stores, regions };
}

const ADMIN: Actor = { kind: "user", userId: "00000000-0000-0000-0000-0000000000ad", role: "admin", name: "Bench admin", storeId: null, deviceId: null, deviceStoreId: null };

/**
 * The asks, varied deterministically: stores and regions spread over the chain, and the period ending today
 * (the default screen) every other time, else some day in the last three weeks.
 */
export function asks(p: People, runs: { store: number; region: number; chain: number }): Ask[] {
  const today = localDay(new Date());
  const end = (i: number) => (i % 2 === 0 ? today : addDays(today, -((i * 5) % 21)));
  const out: Ask[] = [];
  for (const days of [7, 30]) {
    const period = (i: number) => ({ from: addDays(end(i), -(days - 1)), to: end(i) });
    for (let i = 0; i < runs.store; i++) {
      const st = p.stores[(i * 7919 + days) % p.stores.length]!;
      const actor: Actor = { kind: "user", userId: st.manager, role: "manager", name: "Bench manager", storeId: st.id, deviceId: null, deviceStoreId: null };
      out.push({ scenario: `store manager, ${days} days`, actor, query: period(i) });
    }
    for (let i = 0; i < runs.region; i++) out.push({ scenario: `region, ${days} days`, actor: ADMIN, query: { ...period(i), region: p.regions[i % Math.min(6, p.regions.length)]! } });
    for (let i = 0; i < runs.chain; i++) out.push({ scenario: `chain, ${days} days`, actor: ADMIN, query: period(i) });
  }
  return out;
}

export type ViewTimings = Record<string, Record<ViewName, Stats>>;

/** Every view for every ask, on the domain functions the route handlers call; latency per call. */
export async function timeViews(db: Db, list: Ask[]): Promise<ViewTimings> {
  const samples: Record<string, Record<string, number[]>> = {};
  // Warm-up: plans, caches, the pool.
  for (const a of list.slice(0, 3)) for (const fn of Object.values(VIEWS)) await fn(db, dashboardScope(a.actor, a.query));
  for (const a of list) {
    for (const [name, fn] of Object.entries(VIEWS)) {
      const t = performance.now();
      await fn(db, dashboardScope(a.actor, a.query));
      ((samples[a.scenario] ??= {})[name] ??= []).push(performance.now() - t);
    }
  }
  const out: ViewTimings = {};
  for (const [scenario, byView] of Object.entries(samples)) {
    out[scenario] = Object.fromEntries(Object.entries(byView).map(([v, xs]) => [v, stats(xs)])) as Record<ViewName, Stats>;
  }
  return out;
}
