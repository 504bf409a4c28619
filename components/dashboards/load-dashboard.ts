import "server-only";
import { forbidden } from "next/navigation";
import type { Actor } from "@/lib/auth/actor";
import { actorUserId } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { getDb, type Db } from "@/lib/db/client";
import { dashboardScope, localToday, type DashboardScope } from "@/lib/domain/dashboards/dashboard-scope";
import { previousPeriod } from "@/lib/domain/dashboards/rules";
import { dashboardQuerySchema, type DashboardQuery } from "@/lib/domain/dashboards/schemas";
import { listStores, type StoreSummary } from "@/lib/domain/stores/queries";
import { isAppError } from "@/lib/errors";
import type { Range } from "./period";

type Params = Record<string, string | string[] | undefined>;

export type LoadedDashboard = {
  db: Db;
  scope: DashboardScope;
  today: string;
  range: Range;
  previous: Range;
  /** What the user typed, kept on screen even when it was refused. */
  typed: { from: string; to: string };
  error: string | null;
  /** from, to, store/region as a query string, so tabs and reloads keep the view. */
  query: string;
  scopeValue: string;
  /** Admins choose the chain, a region or a store; everyone else sees one scope. */
  canChooseScope: boolean;
  stores: StoreSummary[];
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

/**
 * The actor's view of the dashboards from the URL: a refused scope (another store) is a 403 page,
 * a bad date keeps what was typed, says why, and shows the default period. `own` narrows to the actor's own figures.
 */
export async function loadDashboard(actor: Actor, params: Params, opts: { own?: boolean } = {}): Promise<LoadedDashboard> {
  const raw = { from: one(params.from), to: one(params.to), store: one(params.store), region: one(params.region) };
  const parsed = dashboardQuerySchema.safeParse(opts.own ? { from: raw.from, to: raw.to } : raw);
  let error = parsed.success ? null : (parsed.error.issues[0]?.message ?? null);
  let query: DashboardQuery = parsed.success ? parsed.data : {};
  let scope: DashboardScope;
  try {
    scope = dashboardScope(actor, query);
  } catch (e) {
    if (isAppError(e) && e.status === 403) forbidden();
    if (!isAppError(e)) throw e;
    error = e.message;
    query = {};
    scope = dashboardScope(actor, query);
  }
  if (opts.own) scope = { ...scope, userId: actorUserId(actor) ?? forbidden() };
  const db = await getDb();
  const stores = await listStores(db);
  const scopeValue = query.store ? `store:${query.store}` : query.region ? `region:${query.region}` : "";
  const qs = new URLSearchParams({ from: scope.from, to: scope.to });
  if (query.store) qs.set("store", String(query.store));
  if (query.region) qs.set("region", query.region);
  return {
    db,
    scope,
    today: localToday(),
    range: { from: scope.from, to: scope.to },
    previous: previousPeriod(scope.from, scope.to),
    typed: { from: raw.from ?? scope.from, to: raw.to ?? scope.to },
    error,
    query: qs.toString(),
    scopeValue,
    canChooseScope: !opts.own && can(actor.role, "dashboard:chain"),
    stores,
  };
}

/** Store code and name by id, for tables that list stores. */
export function storeName(d: LoadedDashboard, id: number | null): string | null {
  const s = id == null ? undefined : d.stores.find((x) => x.id === id);
  return s ? `${s.code} · ${s.name}` : null;
}
