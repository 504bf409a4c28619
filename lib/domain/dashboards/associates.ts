import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, type DashboardScope } from "./dashboard-scope";
import { coachingHints, coachingMetrics, funnel, type Counts } from "./rules";
import type { AssociatesDto } from "./schemas";
import { countsByType, countsByUser } from "./usage-facts";

/** Each associate's funnel and captures, with coaching hints against their own store's figures. */
export async function associates(db: Db, s: DashboardScope): Promise<AssociatesDto> {
  const byUser = await countsByUser(db, s);
  const ids = [...byUser.keys()];
  const people = ids.length
    ? rowsOf<{ id: string; name: string; store_id: number | null }>(
        await db.execute(sql`SELECT id::text, name, home_store_id AS store_id FROM users WHERE id = ANY(string_to_array(${ids.join(",")}, ',')::uuid[])`),
      )
    : [];
  const storeCounts = new Map<number, Counts>();
  const result: AssociatesDto["associates"] = [];
  for (const p of people) {
    if (p.store_id == null) continue;
    // Compared with the store in view (a manager's own), else with the person's home store.
    const storeId = s.storeId ?? p.store_id;
    if (!storeCounts.has(storeId)) storeCounts.set(storeId, await countsByType(db, { ...s, storeId, region: null, userId: null }));
    const mine = byUser.get(p.id) ?? {};
    result.push({
      userId: p.id,
      name: p.name,
      storeId: p.store_id,
      funnel: funnel(mine),
      customersCaptured: mine.customer_captured ?? 0,
      hints: coachingHints(coachingMetrics(mine, storeCounts.get(storeId)!)),
    });
  }
  return { period: periodDto(s), associates: result.sort((a, b) => a.name.localeCompare(b.name)) };
}
