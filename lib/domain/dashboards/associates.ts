import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import { coachingHints, coachingMetrics, funnel } from "./rules";
import type { AssociatesDto } from "./schemas";
import { countsByStore, countsByUser } from "./usage-facts";

/** Each associate's funnel and captures, with coaching hints against their own store's figures. */
export async function associates(db: Db, s: DashboardScope): Promise<AssociatesDto> {
  const byUser = await countsByUser(db, s);
  const ids = [...byUser.keys()];
  const people = ids.length
    ? rowsOf<{ id: string; name: string; store_id: number | null }>(
        await db.execute(sql`SELECT id::text, name, home_store_id AS store_id FROM users WHERE id = ANY(string_to_array(${ids.join(",")}, ',')::uuid[])`),
      )
    : [];
  // Compared with the store in view (a manager's own), else with the person's home store: every store in one query.
  const compareWith = (storeId: number) => s.storeId ?? storeId;
  const stores = [...new Set(people.flatMap((p) => (p.store_id == null ? [] : [compareWith(p.store_id)])))];
  const storeCounts = await countsByStore(db, s, stores);
  const result: AssociatesDto["associates"] = [];
  for (const p of people) {
    if (p.store_id == null) continue;
    const storeId = compareWith(p.store_id);
    const mine = byUser.get(p.id) ?? {};
    result.push({
      userId: p.id,
      name: p.name,
      storeId: p.store_id,
      funnel: funnel(mine),
      customersCaptured: mine.customer_captured ?? 0,
      hints: coachingHints(coachingMetrics(mine, storeCounts.get(String(storeId)) ?? {})),
    });
  }
  return { period: periodDto(s), associates: result.sort((a, b) => a.name.localeCompare(b.name)) };
}
