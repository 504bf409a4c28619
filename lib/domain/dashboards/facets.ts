import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import type { DashboardScope } from "./dashboard-scope";
import { storeFilter } from "./dashboard-scope";
import { localDayOf, rawSince, rawWhere, rolledUpTo } from "./usage-facts";

/** Joins the parts of a facet (flow and step, purpose and decision); a control character no id contains. */
export const SEP = "\u001f";
export const FACET_TYPES = ["order_placed", "consent_recorded", "flow_step_shown", "flow_step_completed", "flow_step_skipped"] as const;
const facetTypes = sql.raw(`(${FACET_TYPES.map((t) => `'${t}'`).join(", ")})`);

/**
 * (day, store_id, type, facet, value) per raw event and facet: an order counts once for each source store with that
 * source's value (older events carry only sourceStoreId); consents by purpose and decision; flow steps by flow and step.
 */
export function facetRows(where: SQL): SQL {
  return sql`
    SELECT ${localDayOf} AS day, coalesce(store_id, 0) AS store_id, type, f.facet, f.value
    FROM usage_events
    CROSS JOIN LATERAL (
      SELECT coalesce(x->>'storeId', '') AS facet, CASE WHEN x->>'valueCents' ~ '^[0-9]+$' THEN (x->>'valueCents')::bigint ELSE 0 END AS value
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(payload->'sources') = 'array' AND jsonb_array_length(payload->'sources') > 0
                                     THEN payload->'sources' ELSE jsonb_build_array(jsonb_build_object('storeId', payload->>'sourceStoreId')) END) x
      WHERE type = 'order_placed'
      UNION ALL
      SELECT coalesce(payload->>'purpose', 'unknown') || ${SEP} || coalesce(payload->>'decision', ''), 0 WHERE type = 'consent_recorded'
      UNION ALL
      SELECT coalesce(payload->>'flowId', '') || ${SEP} || (payload->>'stepId'), 0
      WHERE type IN ('flow_step_shown', 'flow_step_completed', 'flow_step_skipped') AND payload ? 'stepId'
    ) f
    WHERE type IN ${facetTypes} AND ${where}`;
}

export type FacetRow = { type: string; facet: string; events: number; value: number };

/**
 * Facet counts over the scope and period. The chain reads its own small roll-up, a store or region the per-store
 * one; an associate's own figures come from their raw events (one store, one person: a few thousand rows).
 */
export async function facetCounts(db: Db, s: DashboardScope, types: readonly string[]): Promise<FacetRow[]> {
  const typeList = sql`type = ANY(string_to_array(${types.join(",")}, ','))`;
  const period = sql`day BETWEEN ${s.from}::date AND ${s.to}::date`;
  let query: SQL;
  if (s.userId) {
    query = sql`SELECT type, facet, count(*) AS events, sum(value) AS value FROM (${facetRows(sql`${rawWhere(s, types)}`)}) r GROUP BY 1, 2`;
  } else {
    const wm = await rolledUpTo(db);
    const chain = s.storeId == null && s.region == null;
    const rolled = chain
      ? sql`SELECT type, facet, events, value FROM usage_daily_chain_facets WHERE ${period} AND ${typeList}`
      : sql`SELECT type, facet, events, value FROM usage_daily_facets WHERE ${period} AND ${storeFilter(s)} AND ${typeList}`;
    query = sql`
      SELECT type, facet, sum(events) AS events, sum(value) AS value FROM (
        ${rolled}
        UNION ALL
        SELECT type, facet, 1, value FROM (${facetRows(rawSince(wm, s, types))}) r
      ) u GROUP BY 1, 2`;
  }
  return rowsOf<{ type: string; facet: string; events: string | number; value: string | number }>(await db.execute(query)).map((r) => ({
    type: r.type,
    facet: r.facet,
    events: Number(r.events),
    value: Number(r.value),
  }));
}
