import "server-only";
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { devices, lostSales, usageEvents } from "@/lib/db/schema";
import { planDemoActivity, type ActivityFlow, type ActivityStore, type ActivityVariant } from "./demo-activity";
import { rngFor } from "./prng";

/** Nine weeks: "last 30 days" has a full previous period to compare with. */
export const DEMO_ACTIVITY_DAYS = 63;
const CHUNK = 1_000;

/**
 * Writes the demo's tablet history (see demo-activity) into a freshly seeded chain, after the shipped flows are
 * installed, then rolls it up as the 5-minute job would. Demo tablets get a token hash nobody holds the token for.
 */
export async function loadDemoActivity(db: Db, params: { seed: number; asOf: Date }): Promise<{ devices: number; events: number; lostSales: number }> {
  const stores = rowsOf<{ id: number; timezone: string; staff: string[] }>(
    await db.execute(sql`
      SELECT s.id, s.timezone, array_agg(u.id::text ORDER BY u.staff_number) AS staff
      FROM stores s JOIN users u ON u.home_store_id = s.id AND u.role = 'associate' AND u.disabled_at IS NULL
      WHERE s.active GROUP BY s.id ORDER BY s.id`),
  ).map((s): ActivityStore => ({ ...s, weight: 0.6 + 0.8 * rngFor(params.seed, "activity-store", s.id).next() }));
  const flows = rowsOf<{ id: string; version: number; steps: string[] }>(
    await db.execute(sql`
      SELECT f.id::text, v.version, ARRAY(SELECT jsonb_array_elements(v.document->'steps')->>'id') AS steps
      FROM flows f JOIN flow_versions v ON v.flow_id = f.id AND v.version = f.current_version
      WHERE f.status = 'published' ORDER BY f.slug`),
  ) satisfies ActivityFlow[];
  // A spread of the catalogue: every 13th active variant.
  const variants = rowsOf<ActivityVariant>(
    await db.execute(sql`
      SELECT v.style_id AS "styleId", v.id AS "variantId", v.colour, v.size, st.price_cents AS "priceCents"
      FROM variants v JOIN styles st ON st.id = v.style_id
      WHERE v.active AND st.active AND v.id % 13 = 0 ORDER BY v.id`),
  );
  const plan = planDemoActivity({ seed: params.seed, asOf: params.asOf, days: DEMO_ACTIVITY_DAYS, stores, flows, variants });

  await db.insert(devices).values(plan.devices.map((d) => ({ ...d, tokenHash: createHash("sha256").update(`demo-tablet:${d.id}`).digest("hex") })));
  for (let i = 0; i < plan.events.length; i += CHUNK) await db.insert(usageEvents).values(plan.events.slice(i, i + CHUNK));
  for (let i = 0; i < plan.lostSales.length; i += CHUNK) await db.insert(lostSales).values(plan.lostSales.slice(i, i + CHUNK));
  const { refreshRollups } = await import("@/lib/domain/dashboards/refresh-rollups");
  await refreshRollups(db);
  return { devices: plan.devices.length, events: plan.events.length, lostSales: plan.lostSales.length };
}
