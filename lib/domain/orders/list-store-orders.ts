import "server-only";
import { eq, or, sql } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { orders } from "@/lib/db/schema";
import { assertActsFor } from "./acting-store";
import { orderSummaries } from "./order-summaries";
import type { OrderSummary } from "./schemas";

/** A store's recent orders: sold there, shipping from there, or to be collected there. Store-scoped. */
export async function listStoreOrders(db: Db, actor: Actor, storeId: number, opts: { limit?: number } = {}): Promise<OrderSummary[]> {
  assertActsFor(actor, storeId);
  const where = or(
    eq(orders.storeId, storeId),
    eq(orders.pickupStoreId, storeId),
    sql`EXISTS (SELECT 1 FROM order_lines l WHERE l.order_id = ${orders.id} AND l.source_store_id = ${storeId})`,
  )!;
  return orderSummaries(db, where, Math.min(opts.limit ?? 50, 200));
}
