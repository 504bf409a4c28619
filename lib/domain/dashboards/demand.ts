import "server-only";
import { sql } from "drizzle-orm";
import { rowsOf, type Db } from "@/lib/db/client";
import { periodDto, storeFilter, type DashboardScope } from "./dashboard-scope";
import { DASHBOARD_TIME_ZONE } from "./rules";
import type { DemandDto } from "./schemas";

const tz = sql.raw(`'${DASHBOARD_TIME_ZONE}'`);

/** Sales lost for want of stock, price or other reasons, by style, size and reason (most first, top 500). */
export async function demand(db: Db, s: DashboardScope): Promise<DemandDto> {
  const rows = rowsOf<{ style_id: number; code: string; name: string; size: string | null; reason: string; n: number }>(
    await db.execute(sql`
      SELECT l.style_id, st.code, st.name, l.size, l.reason, l.n
      FROM (
        -- Counted before the join: a chain's month is ~10^5 lost sales in ~10^4 groups.
        SELECT style_id, size, reason, count(*)::int AS n FROM lost_sales
        WHERE at >= ${s.from}::date::timestamp AT TIME ZONE ${tz} AND at < (${s.to}::date + 1)::timestamp AT TIME ZONE ${tz}
          AND ${storeFilter(s, sql`store_id`)} AND ${s.userId ? sql`user_id = ${s.userId}::uuid` : sql`true`}
        GROUP BY 1, 2, 3) l
      JOIN styles st ON st.id = l.style_id
      ORDER BY l.n DESC, st.code, l.size LIMIT 500`),
  );
  const restock = rowsOf<{ style_id: number; code: string; name: string; colour: string; size: string; orders: number; units: number }>(
    await db.execute(sql`
      SELECT st.id AS style_id, st.code, st.name, v.colour, v.size, count(DISTINCT o.id)::int AS orders, sum(ol.qty)::int AS units
      FROM orders o JOIN order_lines ol ON ol.order_id = o.id JOIN variants v ON v.id = ol.variant_id JOIN styles st ON st.id = v.style_id
      WHERE ol.kind = 'ship' AND ol.source_store_id <> o.store_id
        AND o.created_at >= ${s.from}::date::timestamp AT TIME ZONE ${tz} AND o.created_at < (${s.to}::date + 1)::timestamp AT TIME ZONE ${tz}
        AND ${storeFilter(s, sql`o.store_id`)} AND ${s.userId ? sql`o.created_by = ${s.userId}::uuid` : sql`true`}
      GROUP BY 1, 2, 3, 4, 5 ORDER BY units DESC, st.code, v.colour, v.size LIMIT 200`),
  );
  return {
    period: periodDto(s),
    rows: rows.map((r) => ({ styleId: r.style_id, styleCode: r.code, styleName: r.name, size: r.size, reason: r.reason, lostSales: r.n })),
    restock: restock.map((r) => ({ styleId: r.style_id, styleCode: r.code, styleName: r.name, colour: r.colour, size: r.size, orders: r.orders, units: r.units })),
  };
}
