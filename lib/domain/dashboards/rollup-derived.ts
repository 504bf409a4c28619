import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/lib/db/client";
import { NO_ID } from "@/lib/db/schema";
import { facetRows } from "./facets";
import { countsArrayOf, dayList } from "./usage-facts";

/**
 * Rebuilds the coarser roll-ups of the given days from usage_daily (which is already up to date for them), and the
 * payload facets from the raw events: rebuilt from `rebuildFacetsWhere`, or added to from `addFacetsWhere` for
 * days whose raw events are pruned. The chain's facets are summed from the stores'.
 */
export async function rebuildDerived(tx: Tx, days: string[], facets: { rebuildFacetsWhere?: SQL; addFacetsWhere?: SQL }) {
  const these = sql`day = ANY(${dayList(days)})`;
  for (const t of ["usage_daily_store", "usage_daily_people", "usage_daily_devices", "usage_daily_chain_facets"]) {
    await tx.execute(sql`DELETE FROM ${sql.identifier(t)} WHERE ${these}`);
  }
  // Time sums ride along (usage_daily_time is already up to date for these days), so a region or the chain reads them here.
  await tx.execute(sql`
    INSERT INTO usage_daily_store (day, store_id, counts, in_use_ms, offline_ms)
    SELECT c.day, c.store_id, c.counts, coalesce(t.in_use, 0), coalesce(t.offline, 0)
    FROM (SELECT day, store_id, ${countsArrayOf} AS counts FROM usage_daily WHERE ${these} GROUP BY 1, 2) c
    LEFT JOIN (SELECT day, store_id, sum(in_use_ms) AS in_use, sum(offline_ms) AS offline FROM usage_daily_time WHERE ${these} GROUP BY 1, 2) t
      USING (day, store_id)`);
  await tx.execute(sql`
    INSERT INTO usage_daily_people (day, store_id, user_id, counts, in_use_ms)
    SELECT c.day, c.store_id, c.user_id, c.counts, coalesce(t.in_use, 0)
    FROM (SELECT day, store_id, user_id, ${countsArrayOf} AS counts FROM usage_daily WHERE ${these} AND user_id <> ${NO_ID}::uuid GROUP BY 1, 2, 3) c
    LEFT JOIN (SELECT day, store_id, user_id, sum(in_use_ms) AS in_use FROM usage_daily_time WHERE ${these} GROUP BY 1, 2, 3) t
      USING (day, store_id, user_id)`);
  await tx.execute(sql`
    INSERT INTO usage_daily_devices (day, store_id, device_id, events)
    SELECT day, store_id, device_id, sum(events) FROM usage_daily WHERE ${these} AND device_id <> ${NO_ID}::uuid GROUP BY 1, 2, 3`);
  if (facets.rebuildFacetsWhere) {
    await tx.execute(sql`DELETE FROM usage_daily_facets WHERE ${these}`);
    await tx.execute(sql`
      INSERT INTO usage_daily_facets (day, store_id, type, facet, events, value)
      SELECT day, store_id, type, facet, count(*), sum(value) FROM (${facetRows(facets.rebuildFacetsWhere)}) r GROUP BY 1, 2, 3, 4`);
  }
  if (facets.addFacetsWhere) {
    await tx.execute(sql`
      INSERT INTO usage_daily_facets (day, store_id, type, facet, events, value)
      SELECT day, store_id, type, facet, count(*), sum(value) FROM (${facetRows(facets.addFacetsWhere)}) r GROUP BY 1, 2, 3, 4
      ON CONFLICT (day, store_id, type, facet) DO UPDATE
        SET events = usage_daily_facets.events + excluded.events, value = usage_daily_facets.value + excluded.value`);
  }
  await tx.execute(sql`
    INSERT INTO usage_daily_chain_facets (day, type, facet, events, value)
    SELECT day, type, facet, sum(events), sum(value) FROM usage_daily_facets WHERE ${these} GROUP BY 1, 2, 3`);
}
