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
  const bySource = rowsOf<{ source: number | null; n: number }>(
    await db.execute(sql`
      SELECT CASE WHEN payload->>'sourceStoreId' ~ '^[0-9]+$' THEN (payload->>'sourceStoreId')::int END AS source, count(*)::int AS n
      FROM usage_events WHERE ${rawWhere(s, ["order_placed"])} GROUP BY 1 ORDER BY 2 DESC`),
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
    ordersBySourceStore: bySource.map((r) => ({ sourceStoreId: r.source, orders: r.n })),
    holds: { placed: n("hold_placed"), converted: n("hold_converted"), expired: n("hold_expired") },
    customersCaptured: compare(n("customer_captured"), prev.customer_captured ?? 0),
    consentGrants: consents,
    suggestions: { shown: n("suggestion_shown"), opened: n("suggestion_opened"), taken: n("suggestion_taken") },
  };
}
