import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { assertStoreAccess, storeScope } from "@/lib/auth/scope";
import { actorUserId } from "@/lib/auth/actor";
import { errors } from "@/lib/errors";
import { DASHBOARD_TIME_ZONE } from "./rules";
import type { DashboardQuery, PeriodDto } from "./schemas";

/** Whose figures a dashboard shows: admins (and chain tokens) a store, a region or the chain; managers their store; associates themselves. */
export type DashboardScope = {
  storeId: number | null;
  region: string | null;
  /** Set for an associate: only their own figures. */
  userId: string | null;
  from: string;
  to: string;
};

function today(): string {
  return new Date().toLocaleDateString("en-CA", { timeZone: DASHBOARD_TIME_ZONE });
}

export function dashboardScope(actor: Actor, q: DashboardQuery): DashboardScope {
  const to = q.to ?? today();
  const from = q.from ?? new Date(Date.parse(`${to}T00:00:00Z`) - 6 * 86_400_000).toISOString().slice(0, 10);
  if (Date.parse(to) - Date.parse(from) > 400 * 86_400_000) throw errors.validation("Choose at most 400 days", { from: "Choose at most 400 days" });
  const period = { from, to };
  if (can(actor.role, "dashboard:chain")) return { storeId: q.store ?? null, region: q.region ?? null, userId: null, ...period };
  if (q.region) throw errors.forbidden("Only head office sees regions.");
  if (can(actor.role, "dashboard:store")) {
    if (q.store != null) assertStoreAccess(actor, q.store);
    const s = storeScope(actor);
    return { storeId: s.all ? (q.store ?? null) : s.storeId, region: null, userId: null, ...period };
  }
  if (can(actor.role, "dashboard:own")) {
    const userId = actorUserId(actor);
    const s = storeScope(actor);
    if (!userId || s.all) throw errors.forbidden();
    if (q.store != null) assertStoreAccess(actor, q.store);
    return { storeId: s.storeId, region: null, userId, ...period };
  }
  throw errors.forbidden();
}

/** Stores condition on a `store_id` column of the given alias-free table. */
export function storeFilter(s: DashboardScope, column: SQL = sql`store_id`): SQL {
  if (s.storeId != null) return sql`${column} = ${s.storeId}`;
  // An array, not IN (subquery): Postgres then probes the (store_id, ...) indexes of the roll-ups for each store.
  if (s.region != null) return sql`${column} = ANY(ARRAY(SELECT id FROM stores WHERE region = ${s.region}))`;
  return sql`true`;
}

export function periodDto(s: DashboardScope): PeriodDto {
  return { from: s.from, to: s.to, stores: s.storeId != null ? `store:${s.storeId}` : s.region != null ? `region:${s.region}` : "chain", ownOnly: s.userId != null };
}

export { today as localToday };
