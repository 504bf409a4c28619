import "server-only";
import type { Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import { compare, funnel, previousPeriod } from "./rules";
import type { OutcomesDto } from "./schemas";
import { facetCounts, SEP } from "./facets";
import { countsByType } from "./usage-facts";

/** What the tool led to: the lookup funnel, orders, holds, captured customers, consents and suggestions. */
export async function outcomes(db: Db, s: DashboardScope): Promise<OutcomesDto> {
  const [c, prev] = [await countsByType(db, s), await countsByType(db, { ...s, ...previousPeriod(s.from, s.to) }, ["order_placed", "customer_captured"])];
  // Payload breakdowns: orders by source store (an order shipping from two stores counts once for each, with
  // that source's value), consents by purpose; from the facet roll-ups plus events not rolled up yet.
  const facets = await facetCounts(db, s, ["order_placed", "consent_recorded"]);
  const bySource = new Map<number | null, { n: number; cents: number }>();
  const consentsBy = new Map<string, { granted: number; withdrawn: number }>();
  for (const f of facets) {
    if (f.type === "order_placed") {
      const source = /^[0-9]+$/.test(f.facet) ? Number(f.facet) : null;
      const acc = bySource.get(source) ?? { n: 0, cents: 0 };
      bySource.set(source, { n: acc.n + f.events, cents: acc.cents + f.value });
    } else {
      const [purpose = "unknown", decision] = f.facet.split(SEP);
      const acc = consentsBy.get(purpose) ?? { granted: 0, withdrawn: 0 };
      if (decision === "granted") acc.granted += f.events;
      if (decision === "withdrawn") acc.withdrawn += f.events;
      consentsBy.set(purpose, acc);
    }
  }
  const sources = [...bySource].map(([source, v]) => ({ source, ...v }));
  // Most orders first, then by store id (no source last), as the table shows them.
  sources.sort((x, y) => y.n - x.n || (x.source ?? Infinity) - (y.source ?? Infinity));
  const consents = [...consentsBy].map(([purpose, v]) => ({ purpose, ...v })).sort((x, y) => (x.purpose < y.purpose ? -1 : x.purpose > y.purpose ? 1 : 0));
  const n = (k: string) => c[k] ?? 0;
  return {
    period: periodDto(s),
    funnel: funnel(c),
    orders: compare(n("order_placed"), prev.order_placed ?? 0),
    ordersBySourceStore: sources.map((r) => ({ sourceStoreId: r.source, orders: r.n, valueCents: r.cents })),
    holds: { placed: n("hold_placed"), converted: n("hold_converted"), expired: n("hold_expired") },
    customersCaptured: compare(n("customer_captured"), prev.customer_captured ?? 0),
    consentGrants: consents,
    suggestions: { shown: n("suggestion_shown"), opened: n("suggestion_opened"), taken: n("suggestion_taken") },
  };
}
