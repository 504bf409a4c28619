import "server-only";
import { and, asc, eq, gt, lt, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { orderEvents, orders } from "@/lib/db/schema";
import { confinedStoreId } from "./acting-store";
import type { OrderFeed } from "./schemas";

/**
 * Ids are handed out at insert but become visible at commit, so a slow transaction can commit an id below one a
 * reader has already passed. Events are served only once they are this old (stamped with clock_timestamp()
 * just before commit), which closes that gap for transactions shorter than the window.
 */
export const FEED_SETTLE_MS = 2_000;

/**
 * The integrators' feed: order events after the cursor `after` (an event id), oldest first. Chain-wide for
 * integration tokens and admins; a store's people see events of orders their store sold, ships or hands over.
 */
export async function listOrderEvents(db: Db, actor: Actor, q: { after: number; limit: number; settleMs?: number }): Promise<OrderFeed> {
  const conditions: SQL[] = [gt(orderEvents.id, q.after)];
  const settle = q.settleMs ?? FEED_SETTLE_MS;
  if (settle > 0) conditions.push(lt(orderEvents.at, sql`clock_timestamp() - make_interval(secs => ${settle / 1000})`));
  const store = confinedStoreId(actor);
  if (store != null) {
    conditions.push(
      or(
        eq(orders.storeId, store),
        eq(orders.pickupStoreId, store),
        sql`EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = ${orders.id} AND l.source_store_id = ${store})`,
      )!,
    );
  }
  const rows = await db
    .select({ id: orderEvents.id, orderId: orderEvents.orderId, orderNumber: orders.number, lineId: orderEvents.lineId, status: orderEvents.status, note: orderEvents.note, at: orderEvents.at })
    .from(orderEvents)
    .innerJoin(orders, eq(orders.id, orderEvents.orderId))
    .where(and(...conditions))
    .orderBy(asc(orderEvents.id))
    .limit(q.limit + 1);
  const page = rows.slice(0, q.limit).map((r) => ({ ...r, id: Number(r.id), at: r.at.toISOString() }));
  return { events: page, nextAfter: page.at(-1)?.id ?? q.after, hasMore: rows.length > q.limit };
}
