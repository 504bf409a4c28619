import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import { compare, funnel, previousPeriod } from "./rules";
import type { OutcomesDto } from "./schemas";
import { countsByType, rawWhere } from "./usage-facts";

/** What the tool led to: the lookup funnel, orders, holds, captured customers, consents and suggestions. */
export async function outcomes(db: Db, s: DashboardScope): Promise<OutcomesDto> {
  const [c, prev] = [await countsByType(db, s), await countsByType(db, { ...s, ...previousPeriod(s.from, s.to) }, ["order_placed", "customer_captured"])];
  // Payload breakdowns come from raw events (kept usage_retention_days), not from the roll-up.
  // An order shipping from two stores counts once for each; older events carry only sourceStoreId (no value).
  const bySource = rowsOf<{ source: number | null; n: number; cents: number }>(
    await db.execute(sql`
      SELECT CASE WHEN src.id ~ '^[0-9]+$' THEN src.id::int END AS source, count(*)::int AS n, coalesce(sum(src.cents), 0)::int AS cents
      FROM usage_events
      CROSS JOIN LATERAL (
        SELECT x->>'storeId' AS id, CASE WHEN x->>'valueCents' ~ '^[0-9]+$' THEN (x->>'valueCents')::bigint END AS cents
        FROM jsonb_array_elements(CASE WHEN jsonb_typeof(payload->'sources') = 'array' AND jsonb_array_length(payload->'sources') > 0
                                       THEN payload->'sources' ELSE jsonb_build_array(jsonb_build_object('storeId', payload->>'sourceStoreId')) END) x
      ) src
      WHERE ${rawWhere(s, ["order_placed"])} GROUP BY 1 ORDER BY 2 DESC, 1`),
  );
  const consents = rowsOf<{ purpose: string; granted: number; withdrawn: number }>(
    await db.execute(sql`
      SELECT coalesce(payload->>'purpose', 'unknown') AS purpose,
             count(*) FILTER (WHERE payload->>'decision' = 'granted')::int AS granted,
             count(*) FILTER (WHERE payload->>'decision' = 'withdrawn')::int AS withdrawn
      FROM usage_events WHERE ${rawWhere(s, ["consent_recorded"])} GROUP BY 1 ORDER BY 1`),
  );
  const n = (k: string) => c[k] ?? 0;
  return {
    period: periodDto(s),
    funnel: funnel(c),
    orders: compare(n("order_placed"), prev.order_placed ?? 0),
    ordersBySourceStore: bySource.map((r) => ({ sourceStoreId: r.source, orders: r.n, valueCents: r.cents })),
    holds: { placed: n("hold_placed"), converted: n("hold_converted"), expired: n("hold_expired") },
    customersCaptured: compare(n("customer_captured"), prev.customer_captured ?? 0),
    consentGrants: consents,
    suggestions: { shown: n("suggestion_shown"), opened: n("suggestion_opened"), taken: n("suggestion_taken") },
  };
}
