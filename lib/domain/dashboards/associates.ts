import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import { coachingHints, coachingMetrics, funnel } from "./rules";
import type { AssociatesDto } from "./schemas";
import { toMinutes } from "./time-rules";
import { figuresByPerson } from "./people-figures";
import { countsByStore } from "./usage-facts";

// What the funnel and the coaching metrics read: summing only these keeps the chain's 3,500 people quick.
const FIGURES = ["stock_grid_view", "scan", "order_placed", "hold_placed", "store_sale", "hold_converted", "lost_sale", "customer_captured",
  "customer_found", "flow_started", "flow_finished", "suggestion_shown", "suggestion_taken"];

/** Each associate's funnel and captures, with coaching hints against their own store's figures. */
export async function associates(db: Db, s: DashboardScope): Promise<AssociatesDto> {
  const byUser = await figuresByPerson(db, s, FIGURES);
  const ids = [...byUser.keys()];
  const people = ids.length
    ? rowsOf<{ id: string; name: string; store_id: number | null }>(
        await db.execute(sql`SELECT id::text, name, home_store_id AS store_id FROM users WHERE id = ANY(string_to_array(${ids.join(",")}, ',')::uuid[])`),
      )
    : [];
  // Compared with the store in view (a manager's own), else with the person's home store: every store in one query.
  const compareWith = (storeId: number) => s.storeId ?? storeId;
  const stores = [...new Set(people.flatMap((p) => (p.store_id == null ? [] : [compareWith(p.store_id)])))];
  const storeCounts = await countsByStore(db, s, stores, FIGURES);
  const result: AssociatesDto["associates"] = [];
  for (const p of people) {
    if (p.store_id == null) continue;
    const storeId = compareWith(p.store_id);
    const { counts: mine, inUseMs } = byUser.get(p.id) ?? { counts: {}, inUseMs: 0 };
    result.push({
      userId: p.id,
      name: p.name,
      storeId: p.store_id,
      funnel: funnel(mine),
      customersCaptured: mine.customer_captured ?? 0,
      minutesInUse: toMinutes(inUseMs),
      hints: coachingHints(coachingMetrics(mine, storeCounts.get(String(storeId)) ?? {})),
    });
  }
  // One collator, not localeCompare per comparison: the chain lists thousands of people.
  const byName = new Intl.Collator().compare;
  return { period: periodDto(s), associates: result.sort((a, b) => byName(a.name, b.name)) };
}
