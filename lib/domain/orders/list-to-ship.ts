import "server-only";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Actor } from "@/lib/auth/actor";
import type { Db } from "@/lib/db/client";
import { customers, orderLines, orders, stores, styles, variants } from "@/lib/db/schema";
import { assertActsFor } from "./acting-store";
import { PACKED_NOTE } from "./load-order-detail";
import { nextLineStatuses } from "./rules";
import type { ToShipItem } from "./schemas";

const pickup = alias(stores, "pickup_store");

/**
 * The source store's pick list: its ship lines not yet handed over (placed or picking), most urgent promise first.
 * Shows the customer's first name only; the parcel label comes from the order system.
 */
export async function listToShip(db: Db, actor: Actor, storeId: number): Promise<ToShipItem[]> {
  assertActsFor(actor, storeId);
  const rows = await db
    .select({
      line: orderLines,
      order: { id: orders.id, number: orders.number, fulfilment: orders.fulfilment, pickupStoreId: orders.pickupStoreId, address: orders.address, createdAt: orders.createdAt },
      firstName: customers.firstName,
      variant: { variantId: variants.id, styleId: variants.styleId, colour: variants.colour, size: variants.size, sku: variants.sku, ean: variants.ean },
      styleName: styles.name,
      pickup: { code: pickup.code, name: pickup.name },
      packed: sql<boolean>`EXISTS (SELECT 1 FROM order_events e WHERE e.line_id = ${orderLines.id} AND e.note = ${PACKED_NOTE})`,
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(variants, eq(variants.id, orderLines.variantId))
    .innerJoin(styles, eq(styles.id, variants.styleId))
    .leftJoin(pickup, eq(pickup.id, orders.pickupStoreId))
    .where(and(eq(orderLines.sourceStoreId, storeId), eq(orderLines.kind, "ship"), inArray(orderLines.status, ["placed", "picking"])))
    .orderBy(sql`${orderLines.promiseDate} ASC NULLS LAST`, asc(orders.createdAt), asc(orderLines.id))
    .limit(500);
  return rows.map(({ line, order, firstName, variant, styleName, pickup: p, packed }) => ({
    orderId: order.id,
    orderNumber: order.number,
    lineId: line.id,
    status: line.status,
    packed: Boolean(packed),
    qty: line.qty,
    customerFirstName: firstName,
    promiseDate: line.promiseDate,
    fulfilment: order.fulfilment,
    destination: order.fulfilment === "pickup" ? `Pickup at ${p?.code ?? "?"} ${p?.name ?? ""}`.trim() : `${order.address?.postcode ?? ""} ${order.address?.city ?? ""}`.trim(),
    variant: { ...variant, styleName },
    placedAt: order.createdAt.toISOString(),
    nextStatuses: nextLineStatuses(line.status, { kind: "ship", fulfilment: order.fulfilment, sameStorePickup: order.fulfilment === "pickup" && order.pickupStoreId === line.sourceStoreId }),
  }));
}
