import "server-only";
import { desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/client";
import { customers, orders, stores } from "@/lib/db/schema";
import type { OrderSummary } from "./schemas";

/** Order summaries matching `where`, newest first: the shared read behind lookups and store lists. */
export async function orderSummaries(db: DbOrTx, where: SQL, limit: number): Promise<OrderSummary[]> {
  const rows = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      fulfilment: orders.fulfilment,
      store: { id: stores.id, code: stores.code, name: stores.name, city: stores.city },
      customerFirstName: customers.firstName,
      promiseDate: orders.promiseDate,
      totalCents: orders.totalCents,
      itemCount: sql<number>`(SELECT coalesce(sum(l.qty), 0)::int FROM order_lines l WHERE l.order_id = ${orders.id})`,
      createdAt: orders.createdAt,
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(stores, eq(stores.id, orders.storeId))
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(limit);
  return rows.map(({ store, createdAt, itemCount, ...r }) => ({ ...r, sellingStore: store, itemCount: Number(itemCount), createdAt: createdAt.toISOString() }));
}

